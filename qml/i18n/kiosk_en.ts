<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AssistanceScreen</name>
    <message>
        <source>Please ask a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Return an item here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No box, no label. Scan the return code from your e-mail or receipt, or type your order number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a return</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>All done. Thank you!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your refund of %1 goes back to your original payment method within 3–5 business days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return reference: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DropoffScreen</name>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place the item in the open chute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the chute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chute closes by itself once the item is inside.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Scan your return code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold the QR code on your phone or the barcode on your receipt under the scanner. Or type the digits of your order number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>This screen closes in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still there? Starting over in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I'm still here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message numerus="yes">
        <source>Return %n item(s) · %1</source>
        <translation><numerusform>Return %n item · %1</numerusform><numerusform>Return %n items · %1</numerusform></translation>
    </message>
    <message>
        <source>Which items are you returning?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an item</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the controls lower</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kiosk::ReturnSession</name>
    <message>
        <source>That code is too long to be one of ours. Please type your order number instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We couldn't read that as an order number. Order numbers look like RK-100001.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We can't find order %1. Please check the number on your order confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order %1 can't be returned here. %2 A colleague at the service desk can help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final sale: this item can't be returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The return window ended on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your items are safe in the kiosk, but we couldn't save the return. Please show this screen to a colleague.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drop-off chute isn't working right now. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>