<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalScreen</name>
    <message>
        <source>This return needs a colleague&apos;s OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can take an item out of this return, or ask a colleague to approve it. The light on top of the kiosk calls them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a colleague</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistanceScreen</name>
    <message>
        <source>Please ask a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague is coming, please wait here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The light on top of the kiosk has called a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have waited %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your items and choices are kept: you carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t need help any more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Return an item here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No box, no label. Scan the return code from your e-mail or receipt, or type your order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is closed for returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its return bin is full. A colleague will empty it soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, you can&apos;t return items here right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask a colleague at the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its drop-off chute is out of service. A colleague will see to it soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <source>Camera picture. Hold the code inside the frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceText</name>
    <message>
        <source>%1 (includes a %2 bonus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit %1 (includes a %2 bonus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange for the size or colour you chose: nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 to the card you paid with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 to your gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 to the way you paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayAuditPage</name>
    <message numerus="yes">
        <source>Today at this kiosk (%n event(s))</source>
        <translation>
            <numerusform>Today at this kiosk (%n event)</numerusform>
            <numerusform>Today at this kiosk (%n events)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>All done. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer isn&apos;t working. Scan this code with your phone for your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer isn&apos;t working. Your receipt will be e-mailed to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your e-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please collect your %1 at the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return references: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropoffScreen</name>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the item in the open chute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the chute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chute closes by itself once the item is inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the barcode on the item&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag missing or won&apos;t scan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chute closes by itself once the item is inside, or in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item won&apos;t fit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityMessages</name>
    <message>
        <source>The return window ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final sale: this item can&apos;t be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item can&apos;t be returned, for hygiene or safety reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is offline, so a colleague needs to approve this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return of this value needs a colleague&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t see when this item was delivered, so a colleague needs to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague needs to check this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item can&apos;t be returned here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong size or fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s faulty or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the original tags still attached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it unworn, with no marks on the soles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the item in the condition you received it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange for another size or colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns worth more than %1 need a colleague&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account has reached %n return(s) in 30 days, the most the kiosk takes without a colleague.</source>
        <translation>
            <numerusform>This account has reached %n return in 30 days, the most the kiosk takes without a colleague.</numerusform>
            <numerusform>This account has reached %n returns in 30 days, the most the kiosk takes without a colleague.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk is offline: returns worth more than %1 need a colleague&apos;s approval until it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is offline and has reached today&apos;s offline refund limit of %1, so a colleague needs to approve this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take this item to the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk can&apos;t take this item right now: its drop-off is out of service. Please take it to the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstBootSelfTestPanel</name>
    <message>
        <source>Hold the barcode of the test page to the scanner or camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing every device of this kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some parts failed. Fix them and run the self-test again, or accept the report with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part passed. The report is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the kiosk may start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwareStep</name>
    <message>
        <source>Looking for devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Scan your return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code on your phone or the barcode on your receipt under the scanner. Or type the digits of your order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner isn&apos;t working right now. Please type your order number on the keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is to the left of the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is below the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is to the left of the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is to the right of the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is below the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code on your phone or the barcode on your receipt up to the camera, inside the frame you see here. Or type the digits of your order number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>This screen closes in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there? Starting over in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTagCheck</name>
    <message>
        <source>That isn&apos;t an item tag. Please scan the barcode on the tag of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t check this item&apos;s tag here. Please ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tag is from the %1. Please scan the tag of the %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item isn&apos;t part of this return. Please scan the tag of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message numerus="yes">
        <source>Return %n item(s) · %1</source>
        <translation>
            <numerusform>Return %n item · %1</numerusform>
            <numerusform>Return %n items · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Which items are you returning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepItScreen</name>
    <message>
        <source>Keep these items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ll get your money back for them, but there&apos;s no need to drop them in. Please keep, donate or recycle them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a colleague. Your items and choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LowerLayoutButton</name>
    <message>
        <source>Use the full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the controls lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within reach from a wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) need attention.</source>
        <translation>
            <numerusform>%n part need attention.</numerusform>
            <numerusform>%n parts need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1, tote %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: a bin is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest of tote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync queue (%n refused)</source>
        <translation>
            <numerusform>Sync queue (%n refused)</numerusform>
            <numerusform>Sync queue (%n refused)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: no chute works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDeskPage</name>
    <message>
        <source>Find an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or receipt barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the return with the shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns of this order here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return of this order here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s returns here in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return by this customer here in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may this item go back? Line %1 of order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisioningScreen</name>
    <message>
        <source>Scan the enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling this kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled: check the hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the enrolment QR from the retailer&apos;s enrolment sheet in front of the camera or the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for this kiosk&apos;s certificate. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the code: ENROL-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test of kiosk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 for %2. Confirm the hardware profile this kiosk is built as, or tap another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1 and start the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads each screen and its choices aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsScreen</name>
    <message>
        <source>Why are you returning it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (item %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for your e-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exchanged for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  restocking fee %1 taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keep it: no need to bring it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Printing your receipt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionScreen</name>
    <message>
        <source>How would you like your money back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · you keep this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and open the chute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenSpeech</name>
    <message>
        <source>Choices: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestPage</name>
    <message>
        <source>Hold the barcode of the test page to the scanner or camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests the printer, chute, scale, light, scanner and backend in about half a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some parts failed: see what to check below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestResultList</name>
    <message>
        <source>%1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <source>Signed in: %1 · signs out in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. Signs out in %n second(s).</source>
        <translation>
            <numerusform>Signed in as %1. Signs out in %n second.</numerusform>
            <numerusform>Signed in as %1. Signs out in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffCaseText</name>
    <message>
        <source>The drop-off chute is jammed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin under the chute is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chute opened, but no item was seen going in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chute&apos;s lock is not answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shopper says the item&apos;s tag is missing or won&apos;t scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no barcode for this item, so its tag can&apos;t confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode scanner is disconnected, so item tags can&apos;t be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shopper typed the wrong billing ZIP code or e-mail for this order too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shopper said an item is not in the condition the return policy asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk couldn&apos;t save the return (a storage fault). Items already in the bin are safe there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is above what the kiosk may refund without a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is offline, and this return is beyond what it may accept offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s return policy asks a colleague to approve these items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service door and clear the chute. An item found inside is in the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the door, then tap &quot;Chute cleared: carry on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the bin into a new tote, or make room in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s cable and power, then tap &quot;Chute cleared: carry on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it stays stuck, end the session: the shopper keeps what is not in the bin and takes it to the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the item is the one on the order and fit to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is, tap &quot;Approve the return&quot;: the chute opens for it. If not, end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for photo ID or the order confirmation and compare them with the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they match, tap &quot;Approve the return&quot; to open the order. If not, end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the order number and the items in the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session and report the fault; the return is finished at the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the items and check them against the store&apos;s return rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap &quot;Approve the return&quot; to accept them, or end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shopper says the item won&apos;t fit into the chute. The chute is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shopper asked for help. Nothing they chose has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help the shopper fold or turn the item so that it fits, then tap &quot;Chute cleared: carry on&quot;: the chute asks for its tag again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it can&apos;t fit, end the session: items already in the bin are recorded, the shopper takes the rest to the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help the shopper with this screen. Their items and choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap &quot;Sign out&quot; when you are done: the shopper carries on where they left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinPanel</name>
    <message>
        <source>Badge %1: enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues: scan your badge, then enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PIN, %n digit(s) typed</source>
        <translation type="unfinished">
            <numerusform>PIN, %n digit typed</numerusform>
            <numerusform>PIN, %n digits typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Approve the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chute cleared: carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping a shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in this return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ In the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still with the shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this shopper&apos;s session? Items in the bin stay recorded; the rest stay with the shopper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep helping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSignInScreen</name>
    <message>
        <source>Maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncQueuePage</name>
    <message numerus="yes">
        <source>%n return(s) and %1 event(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n return and %1 event(s) waiting to be sent.</numerusform>
            <numerusform>%n returns and %1 event(s) waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the backend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToteManifestBuilder</name>
    <message>
        <source>Kiosk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by (name and signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1, chute %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantScreen</name>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one would you like instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (item %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t check the store&apos;s stock right now, so we can&apos;t promise an exchange. You can take store credit instead, or go back and choose a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t check the store&apos;s stock right now, so we can&apos;t promise an exchange. Please go back and choose a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Confirm it&apos;s your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the ZIP code of the billing address for order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last 4 digits of the card you paid with for order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 digits of the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::BinTotes</name>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (%1): empty it to take returns again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the manifest of tote %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote %1: manifest printed. Put it in the tote and seal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote %1 is closed and recorded, but its manifest did not print. Check the printer&apos;s paper, then print it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote %1 couldn&apos;t be closed, so nothing changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service (%1): chute %2 does not answer. Check its power and cable, then run the chute self-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service (%1): chute %2 is jammed. Clear it, then run the chute self-test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::DayAudit</name>
    <message>
        <source>%1 signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed out (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in with badge %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in locked on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved &quot;%2&quot; for order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 emptied bin %2: tote %3 with %n item(s).</source>
        <translation>
            <numerusform>%1 emptied bin %2: tote %3 with %n item.</numerusform>
            <numerusform>%1 emptied bin %2: tote %3 with %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of service: a bin is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of service by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in service: the bin was emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in service by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put a refused entry back in the sync queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported refused entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran the self-test: every part passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran the self-test: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted a failed self-test: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overrode &quot;%2&quot; (rule %3) for line %4 of order %5: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: no chute works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in service: a chute works again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::DropoffRun</name>
    <message>
        <source>No problem: a colleague will check the item and put it in for you. Anything you already dropped in is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner isn&apos;t working, so the chute can&apos;t open. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We didn&apos;t see the item go in. Please scan its tag again and put it in the open chute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop-off bin is full. Anything you already dropped in is recorded. A colleague will empty it and help you with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop-off chute isn&apos;t working right now. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem: a colleague will help you with this item. Anything you already dropped in is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::ExchangeChoice</name>
    <message>
        <source>Size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::FirstBootProvisioning</name>
    <message>
        <source>That is not an enrolment code. Scan the enrolment QR from the retailer&apos;s enrolment sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment QR is for another retailer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed code needs the backend set in kiosk.json. Scan the enrolment QR instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data directory (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting again with %1 to test its devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First boot cannot finish: %1 cannot be removed. Check the data directory&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::FirstBootSelfTest</name>
    <message>
        <source>Some parts failed: fix them and run the self-test again, or accept the report with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Say why the kiosk may start with a failed part (at least %n characters).</source>
        <translation>
            <numerusform>Say why the kiosk may start with a failed part (at least %n character).</numerusform>
            <numerusform>Say why the kiosk may start with a failed part (at least %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>The self-test could not be recorded (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::HardwareSelection</name>
    <message>
        <source>(not answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match rules: detection cannot check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardware profile fits the devices found. Check the cables and tap Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still looking for devices. Wait a moment, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a hardware profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs %2, which was not found. Connect it and tap Look again, or pick another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware choice could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::KioskHealth</name>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a new paper roll, then print a test page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the printer is switched on and its cable is in, then print a test page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chute lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jammed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the chute, then run the chute self-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin under the chute is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item was not sensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for an item stuck in the chute, then run the chute self-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s power and cable, then run the chute self-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed and locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner and camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner fitted; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers can only type their order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner unplugged; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the scanner back in. Meanwhile shoppers type their order number, and items can&apos;t go through the chute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner connected; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scale&apos;s cable and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the heavy item off the scale; empty the bin if it is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns are kept on this kiosk. Ask IT to set the backend in kiosk.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reached the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the store network. Returns are kept here and sent when the backend answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the backend</source>
        <translation>
            <numerusform>%n refused by the backend</numerusform>
            <numerusform>%n refused by the backend</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the sync view to see why and retry or export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oldest since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and backend; use &quot;Sync now&quot; once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to check the kiosk&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost full: the kiosk will soon refuse returns. Ask IT to free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting low. Ask IT to free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: returns are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the kiosk to the backend to receive the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2, issued %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never updated from the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Older than the policy&apos;s %n hour(s): offline returns are limited. Check the network.</source>
        <translation>
            <numerusform>Older than the policy&apos;s %n hour: offline returns are limited. Check the network.</numerusform>
            <numerusform>Older than the policy&apos;s %n hours: offline returns are limited. Check the network.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::MaintenanceSelfTest</name>
    <message>
        <source>The kiosk is out of service for drop-off: %1. Put it back in service once the chute works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-test could not be recorded. Please run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Its bins take no returns until it passes the self-test; the other bins still do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::OrderDesk</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first to look up an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a complete e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a phone number: 7 to 15 digits, with spaces, dashes or a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, placed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) fit: choose one.</source>
        <translation>
            <numerusform>%n order fits: choose it.</numerusform>
            <numerusform>%n orders fit: choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to look up by: order, e-mail or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the order number or the receipt barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is neither an order number nor a receipt barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order %1 in this kiosk&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return policy is loaded, so no order can be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail or phone on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a colleague&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought, %2 returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s), %2, return %3</source>
        <translation>
            <numerusform>%1: %n unit, %2, return %3</numerusform>
            <numerusform>%1: %n units, %2, return %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first to override an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is already overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item can go back without an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit of this item is already returned: there is nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item&apos;s drop-off chute is out of service, so no override can take it here. Take the item at the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s return policy lists no override reasons, so no item can be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason for the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reason is not on the store&apos;s override list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override could not be recorded, so it does not count. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first to start a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of this order can go back: override one first, or send the shopper to the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::OrderIntake</name>
    <message>
        <source>We can&apos;t find order %1. Please check the number on your order confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t reach our order system to look up order %1 right now. A colleague at the service desk can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk can&apos;t take returns right now. Please ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t find the order for this receipt. Please type the order number printed on it, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That doesn&apos;t match order %1. Please check the ZIP code of the billing address and try again. Tries left: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm order %1 here. A colleague can look it up for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm order %1 here. A colleague can look it up for you, or you can try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is too long to be one of ours. Please type your order number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return code expired on %1. You can still type your order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return code is for another store. Please use that store&apos;s returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t verify this return code. Please type your order number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers look like %1100001. Please check the number and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t read that code. Scan the return code from your e-mail or receipt, or type your order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return code has already been used. If something is missing, please ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s a product barcode. Please scan the return code from your e-mail or receipt instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff codes are used in maintenance mode, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up order %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is already enrolled. To enrol it again, a technician resets it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That doesn&apos;t match order %1. Please check the last 4 digits of the card you paid with and try again. Tries left: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::ReturnChoice</name>
    <message>
        <source>This item can&apos;t be returned here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item isn&apos;t on your return code. Type your order number to return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your return code covers %n of these.</source>
        <translation>
            <numerusform>Your return code covers %n of these.</numerusform>
            <numerusform>Your return code covers %n of these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ReturnSession</name>
    <message>
        <source>Order %1 can&apos;t be returned here. %2 A colleague at the service desk can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your items are safe in the kiosk, but we couldn&apos;t save the return. Please show this screen to a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague needs to check the %1 before it can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 can&apos;t be returned in this condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please finish or cancel this return first, then scan the next code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::SelfTestRunner</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner and camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none in this hardware profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: printed the test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: no paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a new paper roll and close the printer&apos;s cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and its cable, and that its cover is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: busy printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the receipt to finish, then run the self-test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chute: opened and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for the lock&apos;s click; check its power and that nothing holds the flap shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s cable and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: reads %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the heavy item off the scale; empty the bin if it is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scale&apos;s cable and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light: cannot be switched on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the light&apos;s cable to the kiosk&apos;s controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scanner&apos;s USB cable; unplug it and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read the test code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi and that %1 can be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: answered with error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network works, but the backend has a problem: tell the retailer&apos;s help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printer: did not finish the test page within %n s</source>
        <translation>
            <numerusform>Printer: did not finish the test page within %n s</numerusform>
            <numerusform>Printer: did not finish the test page within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and its cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for something stuck in the flap; check the flap switch and its cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scale: no reading within %n s</source>
        <translation>
            <numerusform>Scale: no reading within %n s</numerusform>
            <numerusform>Scale: no reading within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Light: flashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it did not blink, check the light&apos;s cable and lamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no code read within %n s</source>
        <translation>
            <numerusform>%1: no code read within %n s</numerusform>
            <numerusform>%1: no code read within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold the self-test page&apos;s barcode 10 to 20 cm from the scanner or camera; clean its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backend: no answer within %n s</source>
        <translation>
            <numerusform>Backend: no answer within %n s</numerusform>
            <numerusform>Backend: no answer within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the barcode above when the self-test asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) failed.</source>
        <translation>
            <numerusform>%n part failed.</numerusform>
            <numerusform>%n parts failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chutes: each of the %n opened and closed</source>
        <translation>
            <numerusform>Chutes: the one opened and closed</numerusform>
            <numerusform>Chutes: each of the %n opened and closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: did not open within %n s</source>
        <translation>
            <numerusform>%1: did not open within %n s</numerusform>
            <numerusform>%1: did not open within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the lock does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: did not report closed within %n s</source>
        <translation>
            <numerusform>%1: did not report closed within %n s</numerusform>
            <numerusform>%1: did not report closed within %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::StaffSignIn</name>
    <message>
        <source>This badge can&apos;t sign in at this kiosk. Ask your store manager to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for badge %1. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs for badge %1. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs for badge %1. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins at this kiosk. The keypad is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins at this kiosk. The keypad is locked for %n minute.</numerusform>
            <numerusform>Too many failed sign-ins at this kiosk. The keypad is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in couldn&apos;t be saved, so nothing changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::StaffTakeover</name>
    <message>
        <source>The override couldn&apos;t be saved, so nothing changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk::SyncQueue</name>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in touch with the backend at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in touch with the backend since the kiosk started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry could not be put back in the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in the queue: it is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not enrolled: there is nothing to sign the export with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer a dead letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
