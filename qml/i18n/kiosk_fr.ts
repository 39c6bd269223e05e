<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalScreen</name>
    <message>
        <source>This return needs a colleague&apos;s OK</source>
        <translation>Ce retour doit être approuvé par un employé</translation>
    </message>
    <message>
        <source>You can take an item out of this return, or ask a colleague to approve it. The light on top of the kiosk calls them.</source>
        <translation>Vous pouvez retirer un article de ce retour ou demander à un employé de l&apos;approuver. Le voyant de la borne l&apos;appelle.</translation>
    </message>
    <message>
        <source>Change my items</source>
        <translation>Modifier mes articles</translation>
    </message>
    <message>
        <source>Ask a colleague</source>
        <translation>Demander à un employé</translation>
    </message>
</context>
<context>
    <name>AssistanceScreen</name>
    <message>
        <source>Please ask a colleague</source>
        <translation>Veuillez demander à un collègue</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>A colleague is coming, please wait here</source>
        <translation>Un collègue arrive, veuillez patienter ici</translation>
    </message>
    <message>
        <source>The light on top of the kiosk has called a colleague.</source>
        <translation>Le voyant de la borne a appelé un collègue.</translation>
    </message>
    <message>
        <source>You have waited %1.</source>
        <translation>Vous attendez depuis %1.</translation>
    </message>
    <message>
        <source>Your items and choices are kept: you carry on where you left off.</source>
        <translation>Vos articles et vos choix sont conservés : vous reprendrez là où vous en étiez.</translation>
    </message>
    <message>
        <source>I don&apos;t need help any more</source>
        <translation>Je n&apos;ai plus besoin d&apos;aide</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Return an item here</source>
        <translation>Retournez un article ici</translation>
    </message>
    <message>
        <source>No box, no label. Scan the return code from your e-mail or receipt, or type your order number.</source>
        <translation>Ni carton ni étiquette. Scannez le code de retour de votre e-mail ou de votre ticket, ou saisissez votre numéro de commande.</translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation>Commencer un retour</translation>
    </message>
    <message>
        <source>This kiosk is closed for returns</source>
        <translation>Cette borne est fermée aux retours</translation>
    </message>
    <message>
        <source>Its return bin is full. A colleague will empty it soon.</source>
        <translation>Son conteneur de retours est plein. Un membre du personnel va bientôt le vider.</translation>
    </message>
    <message>
        <source>Sorry, you can&apos;t return items here right now.</source>
        <translation>Désolé, vous ne pouvez pas retourner d&apos;articles ici pour le moment.</translation>
    </message>
    <message>
        <source>Please ask a colleague at the service desk.</source>
        <translation>Veuillez vous adresser à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Its drop-off chute is out of service. A colleague will see to it soon.</source>
        <translation>Sa trappe de dépôt est hors service. Un collègue va s&apos;en occuper bientôt.</translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <source>Camera picture. Hold the code inside the frame.</source>
        <translation>Image de la caméra. Tenez le code dans le cadre.</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Ne bougez plus</translation>
    </message>
</context>
<context>
    <name>ChoiceText</name>
    <message>
        <source>%1 (includes a %2 bonus)</source>
        <translation>%1 (dont %2 de bonus)</translation>
    </message>
    <message>
        <source>Store credit %1 (includes a %2 bonus)</source>
        <translation>Avoir en magasin : %1 (dont %2 de bonus)</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Avoir en magasin : %1</translation>
    </message>
    <message>
        <source>An exchange for the size or colour you chose: nothing to pay</source>
        <translation>Un échange contre la taille ou la couleur choisie : rien à payer</translation>
    </message>
    <message>
        <source>Refund %1 to the card you paid with</source>
        <translation>Remboursement de %1 sur la carte utilisée pour payer</translation>
    </message>
    <message>
        <source>Refund %1 to your gift card</source>
        <translation>Remboursement de %1 sur votre carte cadeau</translation>
    </message>
    <message>
        <source>Refund %1 to the way you paid</source>
        <translation>Remboursement de %1 par le moyen de paiement utilisé</translation>
    </message>
</context>
<context>
    <name>DayAuditPage</name>
    <message numerus="yes">
        <source>Today at this kiosk (%n event(s))</source>
        <translation>
            <numerusform>Aujourd&apos;hui à cette borne (%n événement)</numerusform>
            <numerusform>Aujourd&apos;hui à cette borne (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>All done. Thank you!</source>
        <translation>C&apos;est terminé. Merci !</translation>
    </message>
    <message>
        <source>Return reference: %1</source>
        <translation>Référence du retour : %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Veuillez prendre votre ticket.</translation>
    </message>
    <message>
        <source>The printer isn&apos;t working. Scan this code with your phone for your receipt.</source>
        <translation>L&apos;imprimante ne fonctionne pas. Scannez ce code avec votre téléphone pour obtenir votre ticket.</translation>
    </message>
    <message>
        <source>The printer isn&apos;t working. Your receipt will be e-mailed to you.</source>
        <translation>L&apos;imprimante ne fonctionne pas. Votre ticket vous sera envoyé par e-mail.</translation>
    </message>
    <message>
        <source>QR code for your e-receipt</source>
        <translation>Code QR de votre ticket électronique</translation>
    </message>
    <message>
        <source>Please collect your %1 at the service desk.</source>
        <translation>Veuillez récupérer votre %1 à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Return references: %1</source>
        <translation>Références des retours : %1</translation>
    </message>
</context>
<context>
    <name>DropoffScreen</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Article %1 sur %2</translation>
    </message>
    <message>
        <source>Place the item in the open chute</source>
        <translation>Déposez l&apos;article dans la trappe ouverte</translation>
    </message>
    <message>
        <source>Opening the chute…</source>
        <translation>Ouverture de la trappe…</translation>
    </message>
    <message>
        <source>The chute closes by itself once the item is inside.</source>
        <translation>La trappe se referme toute seule une fois l&apos;article à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Scan the barcode on the item&apos;s tag</source>
        <translation>Scannez le code-barres de l&apos;étiquette de l&apos;article</translation>
    </message>
    <message>
        <source>Keep the other items</source>
        <translation>Garder les autres articles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tag missing or won&apos;t scan?</source>
        <translation>Étiquette absente ou illisible ?</translation>
    </message>
    <message>
        <source>The chute closes by itself once the item is inside, or in %1 s.</source>
        <translation>La trappe se ferme d&apos;elle-même une fois l&apos;article à l&apos;intérieur, ou dans %1 s.</translation>
    </message>
    <message>
        <source>Item won&apos;t fit?</source>
        <translation>L&apos;article ne passe pas ?</translation>
    </message>
</context>
<context>
    <name>EligibilityMessages</name>
    <message>
        <source>The return window ended on %1.</source>
        <translation>Le délai de retour a pris fin le %1.</translation>
    </message>
    <message>
        <source>Final sale: this item can&apos;t be returned.</source>
        <translation>Vente finale : cet article ne peut pas être retourné.</translation>
    </message>
    <message>
        <source>This item can&apos;t be returned, for hygiene or safety reasons.</source>
        <translation>Cet article ne peut pas être retourné pour des raisons d&apos;hygiène ou de sécurité.</translation>
    </message>
    <message>
        <source>Already returned.</source>
        <translation>Déjà retourné.</translation>
    </message>
    <message>
        <source>The kiosk is offline, so a colleague needs to approve this item.</source>
        <translation>La borne est hors ligne : un collègue doit approuver cet article.</translation>
    </message>
    <message>
        <source>A return of this value needs a colleague&apos;s approval.</source>
        <translation>Un retour de ce montant doit être approuvé par un collègue.</translation>
    </message>
    <message>
        <source>We can&apos;t see when this item was delivered, so a colleague needs to check it.</source>
        <translation>Nous ne savons pas quand cet article a été livré : un collègue doit le vérifier.</translation>
    </message>
    <message>
        <source>A colleague needs to check this item.</source>
        <translation>Un collègue doit vérifier cet article.</translation>
    </message>
    <message>
        <source>This item can&apos;t be returned here.</source>
        <translation>Cet article ne peut pas être retourné ici.</translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation>J&apos;ai changé d&apos;avis</translation>
    </message>
    <message>
        <source>Wrong size or fit</source>
        <translation>Mauvaise taille ou coupe</translation>
    </message>
    <message>
        <source>It&apos;s faulty or damaged</source>
        <translation>Il est défectueux ou abîmé</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Are the original tags still attached?</source>
        <translation>Les étiquettes d&apos;origine sont-elles toujours attachées ?</translation>
    </message>
    <message>
        <source>Is it unworn, with no marks on the soles?</source>
        <translation>Est-il non porté, sans marques sur les semelles ?</translation>
    </message>
    <message>
        <source>Is the item in the condition you received it?</source>
        <translation>L&apos;article est-il dans l&apos;état où vous l&apos;avez reçu ?</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir en magasin</translation>
    </message>
    <message>
        <source>Exchange for another size or colour</source>
        <translation>Échange contre une autre taille ou couleur</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation>Remboursement sur le moyen de paiement d&apos;origine</translation>
    </message>
    <message>
        <source>Returns worth more than %1 need a colleague&apos;s approval.</source>
        <translation>Les retours de plus de %1 doivent être approuvés par un employé.</translation>
    </message>
    <message numerus="yes">
        <source>This account has reached %n return(s) in 30 days, the most the kiosk takes without a colleague.</source>
        <translation>
            <numerusform>Ce compte a atteint %n retour en 30 jours, le maximum que la borne accepte sans un employé.</numerusform>
            <numerusform>Ce compte a atteint %n retours en 30 jours, le maximum que la borne accepte sans un employé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk is offline: returns worth more than %1 need a colleague&apos;s approval until it is back online.</source>
        <translation>La borne est hors ligne : les retours de plus de %1 doivent être approuvés par un employé jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <source>The kiosk is offline and has reached today&apos;s offline refund limit of %1, so a colleague needs to approve this return.</source>
        <translation>La borne est hors ligne et a atteint la limite de remboursements hors ligne du jour (%1) : un employé doit approuver ce retour.</translation>
    </message>
    <message>
        <source>Please take this item to the service desk.</source>
        <translation>Merci d&apos;apporter cet article à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t take this item right now: its drop-off is out of service. Please take it to the service desk.</source>
        <translation>La borne ne peut pas prendre cet article pour l&apos;instant : son dépôt est hors service. Merci de l&apos;apporter à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>FirstBootSelfTestPanel</name>
    <message>
        <source>Hold the barcode of the test page to the scanner or camera.</source>
        <translation>Présentez le code-barres de la page de test au scanner ou à la caméra.</translation>
    </message>
    <message>
        <source>Testing every device of this kiosk…</source>
        <translation>Test de chaque appareil de cette borne…</translation>
    </message>
    <message>
        <source>Some parts failed. Fix them and run the self-test again, or accept the report with a reason.</source>
        <translation>Certains éléments ont échoué. Réparez-les et relancez l’autotest, ou acceptez le rapport en indiquant un motif.</translation>
    </message>
    <message>
        <source>Every part passed. The report is printing.</source>
        <translation>Tous les éléments ont réussi. Le rapport s’imprime.</translation>
    </message>
    <message>
        <source>Why the kiosk may start anyway</source>
        <translation>Pourquoi la borne peut démarrer malgré tout</translation>
    </message>
    <message>
        <source>Accept and start</source>
        <translation>Accepter et démarrer</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>Démarrer la borne</translation>
    </message>
</context>
<context>
    <name>HardwareStep</name>
    <message>
        <source>Looking for devices…</source>
        <translation>Recherche des périphériques…</translation>
    </message>
    <message>
        <source>Found on this kiosk</source>
        <translation>Trouvé sur cette borne</translation>
    </message>
    <message>
        <source>No devices found.</source>
        <translation>Aucun périphérique trouvé.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Hardware profile</source>
        <translation>Profil matériel</translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation>(proposé)</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Scan your return code</source>
        <translation>Scannez votre code de retour</translation>
    </message>
    <message>
        <source>Hold the QR code on your phone or the barcode on your receipt under the scanner. Or type the digits of your order number.</source>
        <translation>Présentez le code QR de votre téléphone ou le code-barres de votre ticket sous le scanner. Ou saisissez les chiffres de votre numéro de commande.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The scanner isn&apos;t working right now. Please type your order number on the keypad.</source>
        <translation>Le scanner ne fonctionne pas pour le moment. Veuillez saisir votre numéro de commande sur le clavier.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>The scanner is to the left of the screen.</source>
        <translation>Le scanner est à gauche de l&apos;écran.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen.</source>
        <translation>Le scanner est à droite de l&apos;écran.</translation>
    </message>
    <message>
        <source>The scanner is below the screen.</source>
        <translation>Le scanner est sous l&apos;écran.</translation>
    </message>
    <message>
        <source>The camera is to the left of the screen.</source>
        <translation>La caméra est à gauche de l&apos;écran.</translation>
    </message>
    <message>
        <source>The camera is to the right of the screen.</source>
        <translation>La caméra est à droite de l&apos;écran.</translation>
    </message>
    <message>
        <source>The camera is below the screen.</source>
        <translation>La caméra est sous l&apos;écran.</translation>
    </message>
    <message>
        <source>Hold the QR code on your phone or the barcode on your receipt up to the camera, inside the frame you see here. Or type the digits of your order number.</source>
        <translation>Présentez à la caméra le code QR de votre téléphone ou le code-barres de votre ticket, dans le cadre affiché ici. Ou tapez les chiffres de votre numéro de commande.</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>This screen closes in %1 s.</source>
        <translation>Cet écran se ferme dans %1 s.</translation>
    </message>
    <message>
        <source>Still there? Starting over in %1 s.</source>
        <translation>Toujours là ? Retour à l&apos;accueil dans %1 s.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>J&apos;ai besoin de plus de temps</translation>
    </message>
</context>
<context>
    <name>ItemTagCheck</name>
    <message>
        <source>That isn&apos;t an item tag. Please scan the barcode on the tag of the %1.</source>
        <translation>Ce n&apos;est pas une étiquette d&apos;article. Scannez le code-barres de l&apos;étiquette de « %1 ».</translation>
    </message>
    <message>
        <source>We can&apos;t check this item&apos;s tag here. Please ask a colleague.</source>
        <translation>Nous ne pouvons pas vérifier l&apos;étiquette de cet article ici. Demandez à un collègue.</translation>
    </message>
    <message>
        <source>That tag is from the %1. Please scan the tag of the %2 first.</source>
        <translation>Cette étiquette est celle de « %1 ». Scannez d&apos;abord l&apos;étiquette de « %2 ».</translation>
    </message>
    <message>
        <source>That item isn&apos;t part of this return. Please scan the tag of the %1.</source>
        <translation>Cet article ne fait pas partie de ce retour. Scannez l&apos;étiquette de « %1 ».</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Which items are you returning?</source>
        <translation>Quels articles retournez-vous ?</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Choisissez un article</translation>
    </message>
    <message numerus="yes">
        <source>Return %n item(s) · %1</source>
        <translation>
            <numerusform>Retourner %n article · %1</numerusform>
            <numerusform>Retourner %n articles · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
</context>
<context>
    <name>KeepItScreen</name>
    <message>
        <source>Keep these items</source>
        <translation>Gardez ces articles</translation>
    </message>
    <message>
        <source>You&apos;ll get your money back for them, but there&apos;s no need to drop them in. Please keep, donate or recycle them.</source>
        <translation>Vous êtes remboursé, mais inutile de les déposer. Gardez-les, donnez-les ou recyclez-les.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Need help?</source>
        <translation>Besoin d&apos;aide ?</translation>
    </message>
    <message>
        <source>Calls a colleague. Your items and choices are kept.</source>
        <translation>Appelle un collègue. Vos articles et vos choix sont conservés.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LowerLayoutButton</name>
    <message>
        <source>Use the full screen</source>
        <translation>Utiliser tout l&apos;écran</translation>
    </message>
    <message>
        <source>Move the controls lower</source>
        <translation>Descendre les commandes</translation>
    </message>
    <message>
        <source>Within reach from a wheelchair</source>
        <translation>À portée depuis un fauteuil roulant</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) need attention.</source>
        <translation>
            <numerusform>%n élément demande votre attention.</numerusform>
            <numerusform>%n éléments demandent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <source>Bin %1, tote %2: %3</source>
        <translation>Conteneur %1, bac %2 : %3</translation>
    </message>
    <message>
        <source>Empty bin</source>
        <translation>Vider le conteneur</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Mettre hors service</translation>
    </message>
    <message>
        <source>Out of service (%1: %2)</source>
        <translation>Hors service (%1 : %2)</translation>
    </message>
    <message>
        <source>Out of service: a bin is full</source>
        <translation>Hors service : un conteneur est plein</translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>Réimprimer %1</translation>
    </message>
    <message>
        <source>Manifest of tote %1</source>
        <translation>Manifeste du bac %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Sync queue (%n refused)</source>
        <translation>
            <numerusform>File de synchronisation (%n refusé)</numerusform>
            <numerusform>File de synchronisation (%n refusés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>File de synchronisation</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <source>Out of service: no chute works</source>
        <translation>Hors service : aucune trappe ne fonctionne</translation>
    </message>
</context>
<context>
    <name>OrderDeskPage</name>
    <message>
        <source>Find an order</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Order or receipt</source>
        <translation>Commande ou ticket</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address</source>
        <translation>Adresse e-mail du client</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Numéro de téléphone du client</translation>
    </message>
    <message>
        <source>Order number or receipt barcode</source>
        <translation>Numéro de commande ou code-barres du ticket</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Start the return with the shopper</source>
        <translation>Commencer le retour avec le client</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Déroger…</translation>
    </message>
    <message>
        <source>Returns of this order here</source>
        <translation>Retours de cette commande ici</translation>
    </message>
    <message>
        <source>No return of this order here yet.</source>
        <translation>Aucun retour de cette commande ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This customer&apos;s returns here in the last 90 days</source>
        <translation>Retours de ce client ici ces 90 derniers jours</translation>
    </message>
    <message>
        <source>No return by this customer here in the last 90 days.</source>
        <translation>Aucun retour de ce client ici ces 90 derniers jours.</translation>
    </message>
    <message>
        <source>Why may this item go back? Line %1 of order %2.</source>
        <translation>Pourquoi cet article peut-il être repris ? Ligne %1 de la commande %2.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation>Enregistrer la dérogation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProvisioningScreen</name>
    <message>
        <source>Scan the enrolment code</source>
        <translation>Scannez le code d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Enrolling this kiosk…</source>
        <translation>Enregistrement de cette borne…</translation>
    </message>
    <message>
        <source>Enrolled: check the hardware</source>
        <translation>Enregistrée : vérifiez le matériel</translation>
    </message>
    <message>
        <source>Hold the enrolment QR from the retailer&apos;s enrolment sheet in front of the camera or the scanner.</source>
        <translation>Présentez le QR d&apos;enregistrement de la fiche de l&apos;enseigne devant la caméra ou le scanner.</translation>
    </message>
    <message>
        <source>Asking %1 for this kiosk&apos;s certificate. This takes a few seconds.</source>
        <translation>Demande du certificat de cette borne à %1. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Or type the code: ENROL-XXXX-XXXX-XXXX</source>
        <translation>Ou tapez le code : ENROL-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Self-test of kiosk %1</source>
        <translation>Autotest de la borne %1</translation>
    </message>
    <message>
        <source>Kiosk %1 for %2. Confirm the hardware profile this kiosk is built as, or tap another.</source>
        <translation>Borne %1 pour %2. Confirmez le profil matériel selon lequel cette borne est montée, ou touchez-en un autre.</translation>
    </message>
    <message>
        <source>Confirm %1 and start the kiosk</source>
        <translation>Confirmer %1 et démarrer la borne</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading aloud</source>
        <translation>Arrêter la lecture à voix haute</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Reads each screen and its choices aloud</source>
        <translation>Lit à voix haute chaque écran et ses choix</translation>
    </message>
</context>
<context>
    <name>ReasonsScreen</name>
    <message>
        <source>Why are you returning it?</source>
        <translation>Pourquoi le retournez-vous ?</translation>
    </message>
    <message>
        <source>%1 (item %2 of %3)</source>
        <translation>%1 (article %2 sur %3)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>Store credit</source>
        <translation>Avoir en magasin</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation>Remboursement sur le moyen de paiement d&apos;origine</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Ticket de retour</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Store credit bonus</source>
        <translation>Bonus sur l&apos;avoir</translation>
    </message>
    <message>
        <source>Store credit total</source>
        <translation>Total de l&apos;avoir</translation>
    </message>
    <message>
        <source>Exchange value</source>
        <translation>Valeur de l&apos;échange</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>Total remboursé</translation>
    </message>
    <message>
        <source>Scan for your e-receipt</source>
        <translation>Scannez pour votre ticket électronique</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>  exchanged for %1</source>
        <translation>  échangé contre %1</translation>
    </message>
    <message>
        <source>  restocking fee %1 taken off</source>
        <translation>  frais de remise en stock de %1 déduits</translation>
    </message>
    <message>
        <source>  keep it: no need to bring it back</source>
        <translation>  gardez-le : inutile de le rapporter</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Printing your receipt…</source>
        <translation>Impression de votre ticket…</translation>
    </message>
</context>
<context>
    <name>ResolutionScreen</name>
    <message>
        <source>How would you like your money back?</source>
        <translation>Comment souhaitez-vous être remboursé ?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your return</source>
        <translation>Vérifiez votre retour</translation>
    </message>
    <message>
        <source>%1 · you keep this item</source>
        <translation>%1 · vous gardez cet article</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Confirm the return</source>
        <translation>Confirmer le retour</translation>
    </message>
    <message>
        <source>Confirm and open the chute</source>
        <translation>Confirmer et ouvrir la trappe</translation>
    </message>
</context>
<context>
    <name>ScreenSpeech</name>
    <message>
        <source>Choices: %1.</source>
        <translation>Choix : %1.</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, sélectionné</translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation>%1, non sélectionné</translation>
    </message>
</context>
<context>
    <name>SelfTestPage</name>
    <message>
        <source>Hold the barcode of the test page to the scanner or camera.</source>
        <translation>Présentez le code-barres de la page de test au scanner ou à la caméra.</translation>
    </message>
    <message>
        <source>Testing the devices…</source>
        <translation>Test des appareils…</translation>
    </message>
    <message>
        <source>Tests the printer, chute, scale, light, scanner and backend in about half a minute.</source>
        <translation>Teste l’imprimante, la trappe, la balance, le voyant, le scanner et le serveur en une demi-minute environ.</translation>
    </message>
    <message>
        <source>Every part passed.</source>
        <translation>Tous les éléments ont réussi.</translation>
    </message>
    <message>
        <source>Some parts failed: see what to check below.</source>
        <translation>Certains éléments ont échoué : voyez ci-dessous quoi vérifier.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Lancer l’autotest</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>SelfTestResultList</name>
    <message>
        <source>%1: waiting</source>
        <translation>%1 : en attente</translation>
    </message>
    <message>
        <source>%1: testing…</source>
        <translation>%1 : test en cours…</translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <source>Signed in: %1 · signs out in %2</source>
        <translation>Connecté : %1 · déconnexion dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. Signs out in %n second(s).</source>
        <translation>
            <numerusform>Connecté en tant que %1. Déconnexion dans %n seconde.</numerusform>
            <numerusform>Connecté en tant que %1. Déconnexion dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Rester connecté</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>StaffCaseText</name>
    <message>
        <source>The drop-off chute is jammed.</source>
        <translation>La trappe de dépôt est bloquée.</translation>
    </message>
    <message>
        <source>The bin under the chute is full.</source>
        <translation>Le bac sous la trappe est plein.</translation>
    </message>
    <message>
        <source>The chute opened, but no item was seen going in.</source>
        <translation>La trappe s&apos;est ouverte, mais aucun article n&apos;a été vu entrer.</translation>
    </message>
    <message>
        <source>The chute&apos;s lock is not answering.</source>
        <translation>Le verrou de la trappe ne répond pas.</translation>
    </message>
    <message>
        <source>The shopper says the item&apos;s tag is missing or won&apos;t scan.</source>
        <translation>Le client indique que l&apos;étiquette de l&apos;article manque ou ne se lit pas.</translation>
    </message>
    <message>
        <source>The order has no barcode for this item, so its tag can&apos;t confirm it.</source>
        <translation>La commande n&apos;a pas de code-barres pour cet article : son étiquette ne peut pas le confirmer.</translation>
    </message>
    <message>
        <source>The barcode scanner is disconnected, so item tags can&apos;t be checked.</source>
        <translation>Le lecteur de codes-barres est débranché : les étiquettes ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>The shopper typed the wrong billing ZIP code or e-mail for this order too many times.</source>
        <translation>Le client a saisi trop de fois un code postal ou un e-mail de facturation erroné pour cette commande.</translation>
    </message>
    <message>
        <source>The shopper said an item is not in the condition the return policy asks for.</source>
        <translation>Le client a indiqué qu&apos;un article n&apos;est pas dans l&apos;état exigé par la politique de retour.</translation>
    </message>
    <message>
        <source>The kiosk couldn&apos;t save the return (a storage fault). Items already in the bin are safe there.</source>
        <translation>La borne n&apos;a pas pu enregistrer le retour (panne de stockage). Les articles déjà dans le bac y sont en sécurité.</translation>
    </message>
    <message>
        <source>This return is above what the kiosk may refund without a colleague.</source>
        <translation>Ce retour dépasse ce que la borne peut rembourser sans un employé.</translation>
    </message>
    <message>
        <source>The kiosk is offline, and this return is beyond what it may accept offline.</source>
        <translation>La borne est hors ligne et ce retour dépasse ce qu&apos;elle peut accepter hors ligne.</translation>
    </message>
    <message>
        <source>The store&apos;s return policy asks a colleague to approve these items.</source>
        <translation>La politique de retour du magasin demande qu&apos;un employé approuve ces articles.</translation>
    </message>
    <message>
        <source>Open the service door and clear the chute. An item found inside is in the bin.</source>
        <translation>Ouvrez la porte de service et dégagez la trappe. Un article trouvé à l&apos;intérieur est dans le bac.</translation>
    </message>
    <message>
        <source>Close the door, then tap &quot;Chute cleared: carry on&quot;.</source>
        <translation>Fermez la porte, puis touchez « Trappe dégagée : continuer ».</translation>
    </message>
    <message>
        <source>Empty the bin into a new tote, or make room in it.</source>
        <translation>Videz le bac dans un nouveau bac de transport ou faites-y de la place.</translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s cable and power, then tap &quot;Chute cleared: carry on&quot;.</source>
        <translation>Vérifiez le câble et l&apos;alimentation du verrou, puis touchez « Trappe dégagée : continuer ».</translation>
    </message>
    <message>
        <source>If it stays stuck, end the session: the shopper keeps what is not in the bin and takes it to the service desk.</source>
        <translation>Si elle reste bloquée, terminez la session : le client garde ce qui n&apos;est pas dans le bac et l&apos;apporte à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Check that the item is the one on the order and fit to go back.</source>
        <translation>Vérifiez que l&apos;article est celui de la commande et qu&apos;il peut être repris.</translation>
    </message>
    <message>
        <source>If it is, tap &quot;Approve the return&quot;: the chute opens for it. If not, end the session.</source>
        <translation>Si oui, touchez « Approuver le retour » : la trappe s&apos;ouvre. Sinon, terminez la session.</translation>
    </message>
    <message>
        <source>Ask for photo ID or the order confirmation and compare them with the order.</source>
        <translation>Demandez une pièce d&apos;identité ou la confirmation de commande et comparez-les à la commande.</translation>
    </message>
    <message>
        <source>If they match, tap &quot;Approve the return&quot; to open the order. If not, end the session.</source>
        <translation>S&apos;ils correspondent, touchez « Approuver le retour » pour ouvrir la commande. Sinon, terminez la session.</translation>
    </message>
    <message>
        <source>Note the order number and the items in the bin.</source>
        <translation>Notez le numéro de commande et les articles dans le bac.</translation>
    </message>
    <message>
        <source>End the session and report the fault; the return is finished at the service desk.</source>
        <translation>Terminez la session et signalez la panne ; le retour est finalisé à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Look at the items and check them against the store&apos;s return rules.</source>
        <translation>Examinez les articles au regard des règles de retour du magasin.</translation>
    </message>
    <message>
        <source>Tap &quot;Approve the return&quot; to accept them, or end the session.</source>
        <translation>Touchez « Approuver le retour » pour les accepter, ou terminez la session.</translation>
    </message>
    <message>
        <source>The shopper says the item won&apos;t fit into the chute. The chute is locked.</source>
        <translation>Le client indique que l&apos;article ne passe pas dans la trappe. La trappe est verrouillée.</translation>
    </message>
    <message>
        <source>The shopper asked for help. Nothing they chose has changed.</source>
        <translation>Le client a demandé de l&apos;aide. Rien de ce qu&apos;il a choisi n&apos;a changé.</translation>
    </message>
    <message>
        <source>Help the shopper fold or turn the item so that it fits, then tap &quot;Chute cleared: carry on&quot;: the chute asks for its tag again.</source>
        <translation>Aidez le client à plier ou tourner l&apos;article pour qu&apos;il passe, puis touchez &quot;Trappe dégagée : continuer&quot; : la trappe redemande son étiquette.</translation>
    </message>
    <message>
        <source>If it can&apos;t fit, end the session: items already in the bin are recorded, the shopper takes the rest to the service desk.</source>
        <translation>S&apos;il ne passe pas, mettez fin à la session : les articles déjà dans le bac sont enregistrés, le client apporte le reste à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Help the shopper with this screen. Their items and choices are kept.</source>
        <translation>Aidez le client sur cet écran. Ses articles et ses choix sont conservés.</translation>
    </message>
    <message>
        <source>Tap &quot;Sign out&quot; when you are done: the shopper carries on where they left off.</source>
        <translation>Touchez &quot;Se déconnecter&quot; une fois terminé : le client reprend là où il en était.</translation>
    </message>
</context>
<context>
    <name>StaffPinPanel</name>
    <message>
        <source>Badge %1: enter your PIN.</source>
        <translation>Badge %1 : saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Colleagues: scan your badge, then enter your PIN.</source>
        <translation>Employés : scannez votre badge, puis saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>PIN, %n digit(s) typed</source>
        <translation>
            <numerusform>Code PIN, %n chiffre saisi</numerusform>
            <numerusform>Code PIN, %n chiffres saisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Approve the return</source>
        <translation>Approuver le retour</translation>
    </message>
    <message>
        <source>Chute cleared: carry on</source>
        <translation>Trappe dégagée : continuer</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Helping a shopper</source>
        <translation>Aide à un client</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Order %1 · reference %2</source>
        <translation>Commande %1 · référence %2</translation>
    </message>
    <message>
        <source>Items in this return</source>
        <translation>Articles de ce retour</translation>
    </message>
    <message>
        <source>✓ In the bin</source>
        <translation>✓ Dans le bac</translation>
    </message>
    <message>
        <source>Still with the shopper</source>
        <translation>Encore chez le client</translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation>Terminer la session…</translation>
    </message>
    <message>
        <source>End this shopper&apos;s session? Items in the bin stay recorded; the rest stay with the shopper.</source>
        <translation>Terminer la session de ce client ? Les articles dans le bac restent enregistrés ; le reste reste chez le client.</translation>
    </message>
    <message>
        <source>Keep helping</source>
        <translation>Continuer à aider</translation>
    </message>
</context>
<context>
    <name>StaffSignInScreen</name>
    <message>
        <source>Maintenance mode</source>
        <translation>Mode maintenance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter your PIN to sign in.</source>
        <translation>Saisissez votre code PIN pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>SyncQueuePage</name>
    <message numerus="yes">
        <source>%n return(s) and %1 event(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n retour et %1 événement(s) en attente d&apos;envoi.</numerusform>
            <numerusform>%n retours et %1 événement(s) en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Refused by the backend (%1)</source>
        <translation>Refusés par le serveur (%1)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Waiting to be sent (%1)</source>
        <translation>En attente d&apos;envoi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochain essai %1</translation>
    </message>
</context>
<context>
    <name>ToteManifestBuilder</name>
    <message>
        <source>Kiosk %1</source>
        <translation>Borne %1</translation>
    </message>
    <message>
        <source>Tote manifest</source>
        <translation>Manifeste de bac</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Bac</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Fermé le %1</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>Conteneur %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <source>Collected by (name and signature):</source>
        <translation>Collecté par (nom et signature) :</translation>
    </message>
    <message>
        <source>Bin %1, chute %2</source>
        <translation>Bac %1, trappe %2</translation>
    </message>
</context>
<context>
    <name>VariantScreen</name>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Checking stock…</source>
        <translation>Vérification du stock…</translation>
    </message>
    <message>
        <source>Stock unknown</source>
        <translation>Stock non confirmé</translation>
    </message>
    <message>
        <source>Which one would you like instead?</source>
        <translation>Lequel voulez-vous à la place ?</translation>
    </message>
    <message>
        <source>%1 (item %2 of %3)</source>
        <translation>%1 (article %2 sur %3)</translation>
    </message>
    <message>
        <source>yours: %1</source>
        <translation>le vôtre : %1</translation>
    </message>
    <message>
        <source>We can&apos;t check the store&apos;s stock right now, so we can&apos;t promise an exchange. You can take store credit instead, or go back and choose a refund.</source>
        <translation>Nous ne pouvons pas vérifier le stock du magasin pour le moment, nous ne pouvons donc pas garantir l&apos;échange. Vous pouvez prendre un avoir à la place, ou revenir en arrière et choisir un remboursement.</translation>
    </message>
    <message>
        <source>We can&apos;t check the store&apos;s stock right now, so we can&apos;t promise an exchange. Please go back and choose a refund.</source>
        <translation>Nous ne pouvons pas vérifier le stock du magasin pour le moment, nous ne pouvons donc pas garantir l&apos;échange. Veuillez revenir en arrière et choisir un remboursement.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Store credit instead</source>
        <translation>Un avoir à la place</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Confirm it&apos;s your order</source>
        <translation>Confirmez qu&apos;il s&apos;agit de votre commande</translation>
    </message>
    <message>
        <source>Type the ZIP code of the billing address for order %1.</source>
        <translation>Saisissez le code postal de l&apos;adresse de facturation de la commande %1.</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the last 4 digits of the card you paid with for order %1.</source>
        <translation>Saisissez les 4 derniers chiffres de la carte avec laquelle vous avez payé la commande %1.</translation>
    </message>
    <message>
        <source>Last 4 digits of the card</source>
        <translation>Les 4 derniers chiffres de la carte</translation>
    </message>
</context>
<context>
    <name>kiosk::BinTotes</name>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 articles sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 kg</source>
        <translation>%1 kg sur %2</translation>
    </message>
    <message>
        <source>Full (%1): empty it to take returns again</source>
        <translation>Plein (%1) : videz-le pour reprendre les retours</translation>
    </message>
    <message>
        <source>Printing the manifest of tote %1…</source>
        <translation>Impression du manifeste du bac %1…</translation>
    </message>
    <message>
        <source>Tote %1: manifest printed. Put it in the tote and seal it.</source>
        <translation>Bac %1 : manifeste imprimé. Mettez-le dans le bac et scellez-le.</translation>
    </message>
    <message>
        <source>Tote %1 is closed and recorded, but its manifest did not print. Check the printer&apos;s paper, then print it again.</source>
        <translation>Le bac %1 est fermé et enregistré, mais son manifeste ne s&apos;est pas imprimé. Vérifiez le papier de l&apos;imprimante, puis réimprimez-le.</translation>
    </message>
    <message>
        <source>Tote %1 couldn&apos;t be closed, so nothing changed. Please try again.</source>
        <translation>Le bac %1 n&apos;a pas pu être fermé : rien n&apos;a changé. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Out of service (%1): chute %2 does not answer. Check its power and cable, then run the chute self-test.</source>
        <translation>Hors service (%1) : la trappe %2 ne répond pas. Vérifiez son alimentation et son câble, puis lancez l&apos;autotest de la trappe.</translation>
    </message>
    <message>
        <source>Out of service (%1): chute %2 is jammed. Clear it, then run the chute self-test.</source>
        <translation>Hors service (%1) : la trappe %2 est bloquée. Dégagez-la, puis lancez l&apos;autotest de la trappe.</translation>
    </message>
</context>
<context>
    <name>kiosk::DayAudit</name>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 s&apos;est connecté.</translation>
    </message>
    <message>
        <source>%1 signed out (%2).</source>
        <translation>%1 s&apos;est déconnecté (%2).</translation>
    </message>
    <message>
        <source>Failed sign-in with badge %1 (%2).</source>
        <translation>Échec de connexion avec le badge %1 (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Sign-in locked on this kiosk.</source>
        <translation>Connexion bloquée sur cette borne.</translation>
    </message>
    <message>
        <source>%1 approved &quot;%2&quot; for order %3.</source>
        <translation>%1 a approuvé « %2 » pour la commande %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 emptied bin %2: tote %3 with %n item(s).</source>
        <translation>
            <numerusform>%1 a vidé le bac %2 : caisse %3 avec %n article.</numerusform>
            <numerusform>%1 a vidé le bac %2 : caisse %3 avec %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of service: a bin is full.</source>
        <translation>Hors service : un bac est plein.</translation>
    </message>
    <message>
        <source>Taken out of service by %1 (%2).</source>
        <translation>Mise hors service par %1 (%2).</translation>
    </message>
    <message>
        <source>Back in service: the bin was emptied.</source>
        <translation>De nouveau en service : le bac a été vidé.</translation>
    </message>
    <message>
        <source>Put back in service by %1.</source>
        <translation>Remise en service par %1.</translation>
    </message>
    <message>
        <source>%1 works again.</source>
        <translation>%1 fonctionne de nouveau.</translation>
    </message>
    <message>
        <source>%1: fault.</source>
        <translation>%1 : panne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 put a refused entry back in the sync queue.</source>
        <translation>%1 a remis un envoi refusé dans la file.</translation>
    </message>
    <message>
        <source>%1 exported refused entry %2.</source>
        <translation>%1 a exporté l&apos;envoi refusé %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ran the self-test: every part passed.</source>
        <translation>%1 a lancé l’autotest : tous les éléments ont réussi.</translation>
    </message>
    <message>
        <source>%1 ran the self-test: %2.</source>
        <translation>%1 a lancé l’autotest : %2.</translation>
    </message>
    <message>
        <source>%1 accepted a failed self-test: %2</source>
        <translation>%1 a accepté un autotest en échec : %2</translation>
    </message>
    <message>
        <source>%1 overrode &quot;%2&quot; (rule %3) for line %4 of order %5: %6.</source>
        <translation>%1 a dérogé à « %2 » (règle %3) pour la ligne %4 de la commande %5 : %6.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Out of service: no chute works.</source>
        <translation>Hors service : aucune trappe ne fonctionne.</translation>
    </message>
    <message>
        <source>Back in service: a chute works again.</source>
        <translation>De nouveau en service : une trappe fonctionne à nouveau.</translation>
    </message>
</context>
<context>
    <name>kiosk::DropoffRun</name>
    <message>
        <source>No problem: a colleague will check the item and put it in for you. Anything you already dropped in is recorded.</source>
        <translation>Pas de souci : un collègue va vérifier l&apos;article et le déposer pour vous. Ce que vous avez déjà déposé est enregistré.</translation>
    </message>
    <message>
        <source>The scanner isn&apos;t working, so the chute can&apos;t open. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation>Le scanner ne fonctionne pas, la trappe ne peut donc pas s&apos;ouvrir. Tout ce que vous avez déjà déposé est enregistré. Un collègue va vous aider pour le reste.</translation>
    </message>
    <message>
        <source>We didn&apos;t see the item go in. Please scan its tag again and put it in the open chute.</source>
        <translation>Nous n&apos;avons pas vu l&apos;article entrer. Scannez à nouveau son étiquette et déposez-le dans la trappe ouverte.</translation>
    </message>
    <message>
        <source>The drop-off bin is full. Anything you already dropped in is recorded. A colleague will empty it and help you with the rest.</source>
        <translation>Le bac de dépôt est plein. Tout ce que vous avez déjà déposé est enregistré. Un collègue va le vider et vous aider pour le reste.</translation>
    </message>
    <message>
        <source>The drop-off chute isn&apos;t working right now. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation>La trappe ne fonctionne pas pour le moment. Ce que vous avez déjà déposé est enregistré. Un collègue vous aidera pour le reste.</translation>
    </message>
    <message>
        <source>No problem: a colleague will help you with this item. Anything you already dropped in is recorded.</source>
        <translation>Pas de souci : un collègue va vous aider avec cet article. Ce que vous avez déjà déposé est enregistré.</translation>
    </message>
</context>
<context>
    <name>kiosk::ExchangeChoice</name>
    <message>
        <source>Size %1</source>
        <translation>Taille %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>kiosk::FirstBootProvisioning</name>
    <message>
        <source>That is not an enrolment code. Scan the enrolment QR from the retailer&apos;s enrolment sheet.</source>
        <translation>Ce n&apos;est pas un code d&apos;enregistrement. Scannez le QR de la fiche de l&apos;enseigne.</translation>
    </message>
    <message>
        <source>This enrolment QR is for another retailer: %1</source>
        <translation>Ce QR d&apos;enregistrement est celui d&apos;une autre enseigne : %1</translation>
    </message>
    <message>
        <source>The enrolment code could not be read: %1</source>
        <translation>Le code d&apos;enregistrement est illisible : %1</translation>
    </message>
    <message>
        <source>A typed code needs the backend set in kiosk.json. Scan the enrolment QR instead.</source>
        <translation>Un code tapé demande le serveur dans kiosk.json. Scannez plutôt le QR.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>Échec de l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data directory (%1): %2</source>
        <translation>La borne ne peut pas écrire dans son répertoire de données (%1) : %2</translation>
    </message>
    <message>
        <source>Starting again with %1 to test its devices…</source>
        <translation>Redémarrage avec %1 pour tester ses appareils…</translation>
    </message>
    <message>
        <source>First boot cannot finish: %1 cannot be removed. Check the data directory&apos;s permissions.</source>
        <translation>Le premier démarrage ne peut pas se terminer : impossible de supprimer %1. Vérifiez les droits du répertoire de données.</translation>
    </message>
</context>
<context>
    <name>kiosk::FirstBootSelfTest</name>
    <message>
        <source>Some parts failed: fix them and run the self-test again, or accept the report with a reason.</source>
        <translation>Certains éléments ont échoué : réparez-les et relancez l’autotest, ou acceptez le rapport en indiquant un motif.</translation>
    </message>
    <message numerus="yes">
        <source>Say why the kiosk may start with a failed part (at least %n characters).</source>
        <translation>
            <numerusform>Indiquez pourquoi la borne peut démarrer avec un élément en échec (au moins %n caractère).</numerusform>
            <numerusform>Indiquez pourquoi la borne peut démarrer avec un élément en échec (au moins %n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>The self-test could not be recorded (%1). Please try again.</source>
        <translation>L’autotest n’a pas pu être enregistré (%1). Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>kiosk::HardwareSelection</name>
    <message>
        <source>(not answering)</source>
        <translation>(ne répond pas)</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>inutilisable : %1</translation>
    </message>
    <message>
        <source>no match rules: detection cannot check it</source>
        <translation>pas de règles de correspondance : la détection ne peut pas le vérifier</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>No hardware profile fits the devices found. Check the cables and tap Look again.</source>
        <translation>Aucun profil matériel ne correspond aux périphériques trouvés. Vérifiez les câbles et touchez Chercher à nouveau.</translation>
    </message>
    <message>
        <source>Still looking for devices. Wait a moment, then confirm.</source>
        <translation>Recherche des périphériques en cours. Patientez un instant, puis confirmez.</translation>
    </message>
    <message>
        <source>Pick a hardware profile first.</source>
        <translation>Choisissez d&apos;abord un profil matériel.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Le profil « %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs %2, which was not found. Connect it and tap Look again, or pick another profile.</source>
        <translation>Le profil « %1 » a besoin de %2, introuvable. Branchez-le et touchez Chercher à nouveau, ou choisissez un autre profil.</translation>
    </message>
    <message>
        <source>The hardware choice could not be saved: %1</source>
        <translation>Le choix du matériel n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>kiosk::KioskHealth</name>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Plus de papier</translation>
    </message>
    <message>
        <source>Load a new paper roll, then print a test page.</source>
        <translation>Mettez un nouveau rouleau, puis imprimez une page de test.</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Check that the printer is switched on and its cable is in, then print a test page.</source>
        <translation>Vérifiez que l&apos;imprimante est allumée et branchée, puis imprimez une page de test.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Chute lock</source>
        <translation>Verrou de la trappe</translation>
    </message>
    <message>
        <source>Jammed</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Clear the chute, then run the chute self-test.</source>
        <translation>Dégagez la trappe, puis lancez le test de la trappe.</translation>
    </message>
    <message>
        <source>The bin under the chute is full</source>
        <translation>Le bac sous la trappe est plein</translation>
    </message>
    <message>
        <source>Empty the bin.</source>
        <translation>Videz le bac.</translation>
    </message>
    <message>
        <source>An item was not sensed</source>
        <translation>Un article n&apos;a pas été détecté</translation>
    </message>
    <message>
        <source>Look for an item stuck in the chute, then run the chute self-test.</source>
        <translation>Cherchez un article coincé dans la trappe, puis lancez le test de la trappe.</translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s power and cable, then run the chute self-test.</source>
        <translation>Vérifiez l&apos;alimentation et le câble du verrou, puis lancez le test de la trappe.</translation>
    </message>
    <message>
        <source>Closed and locked</source>
        <translation>Fermée et verrouillée</translation>
    </message>
    <message>
        <source>camera ready</source>
        <translation>caméra prête</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>pas de caméra</translation>
    </message>
    <message>
        <source>Scanner and camera</source>
        <translation>Scanner et caméra</translation>
    </message>
    <message>
        <source>No scanner fitted; %1</source>
        <translation>Pas de scanner ; %1</translation>
    </message>
    <message>
        <source>Shoppers can only type their order number.</source>
        <translation>Les clients ne peuvent que saisir leur numéro de commande.</translation>
    </message>
    <message>
        <source>Scanner unplugged; %1</source>
        <translation>Scanner débranché ; %1</translation>
    </message>
    <message>
        <source>Plug the scanner back in. Meanwhile shoppers type their order number, and items can&apos;t go through the chute.</source>
        <translation>Rebranchez le scanner. En attendant, les clients saisissent leur numéro de commande et aucun article ne peut passer par la trappe.</translation>
    </message>
    <message>
        <source>Scanner connected; %1</source>
        <translation>Scanner branché ; %1</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Check the scale&apos;s cable and power.</source>
        <translation>Vérifiez le câble et l&apos;alimentation de la balance.</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <translation>Surchargée</translation>
    </message>
    <message>
        <source>Take the heavy item off the scale; empty the bin if it is full.</source>
        <translation>Retirez l&apos;article lourd de la balance ; videz le bac s&apos;il est plein.</translation>
    </message>
    <message>
        <source>Not fitted</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <source>Reading %1 g</source>
        <translation>Indique %1 g</translation>
    </message>
    <message>
        <source>Indicator light</source>
        <translation>Voyant</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <source>Ready (green)</source>
        <translation>Prêt (vert)</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Calling a colleague</source>
        <translation>Appelle un collègue</translation>
    </message>
    <message>
        <source>Showing a fault</source>
        <translation>Signale une panne</translation>
    </message>
    <message>
        <source>Network and backend</source>
        <translation>Réseau et serveur</translation>
    </message>
    <message>
        <source>No backend set up</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <source>Returns are kept on this kiosk. Ask IT to set the backend in kiosk.json.</source>
        <translation>Les retours sont conservés sur cette borne. Demandez à l&apos;informatique de configurer le serveur dans kiosk.json.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected, last contact %1</source>
        <translation>Connecté, dernier contact %1</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Never reached the backend</source>
        <translation>N&apos;a jamais joint le serveur</translation>
    </message>
    <message>
        <source>Check the store network. Returns are kept here and sent when the backend answers.</source>
        <translation>Vérifiez le réseau du magasin. Les retours sont conservés ici et envoyés quand le serveur répond.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>File de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the backend</source>
        <translation>
            <numerusform>%n refusé par le serveur</numerusform>
            <numerusform>%n refusés par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the sync view to see why and retry or export them.</source>
        <translation>Ouvrez la vue de synchronisation pour voir pourquoi, puis réessayez ou exportez.</translation>
    </message>
    <message>
        <source>the oldest since %1</source>
        <translation>le plus ancien depuis %1</translation>
    </message>
    <message>
        <source>Check the network and backend; use &quot;Sync now&quot; once it is back.</source>
        <translation>Vérifiez le réseau et le serveur ; utilisez « Synchroniser » quand il revient.</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Ask IT to check the kiosk&apos;s data folder.</source>
        <translation>Demandez à l&apos;informatique de vérifier le dossier de données de la borne.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>Almost full: the kiosk will soon refuse returns. Ask IT to free space.</source>
        <translation>Presque plein : la borne refusera bientôt les retours. Demandez à l&apos;informatique de libérer de l&apos;espace.</translation>
    </message>
    <message>
        <source>Getting low. Ask IT to free space.</source>
        <translation>L&apos;espace diminue. Demandez à l&apos;informatique d&apos;en libérer.</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Politique de retour</translation>
    </message>
    <message>
        <source>None: returns are refused</source>
        <translation>Aucune : les retours sont refusés</translation>
    </message>
    <message>
        <source>Connect the kiosk to the backend to receive the policy.</source>
        <translation>Connectez la borne au serveur pour recevoir la politique.</translation>
    </message>
    <message>
        <source>%1 version %2, issued %3</source>
        <translation>%1 version %2, émise %3</translation>
    </message>
    <message>
        <source>Order cache</source>
        <translation>Cache des commandes</translation>
    </message>
    <message>
        <source>Never updated from the backend</source>
        <translation>Jamais mis à jour depuis le serveur</translation>
    </message>
    <message>
        <source>Check the network and backend.</source>
        <translation>Vérifiez le réseau et le serveur.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message numerus="yes">
        <source>Older than the policy&apos;s %n hour(s): offline returns are limited. Check the network.</source>
        <translation>
            <numerusform>Plus ancien que l&apos;heure (%n) fixée par la politique : les retours hors ligne sont limités. Vérifiez le réseau.</numerusform>
            <numerusform>Plus ancien que les %n heures fixées par la politique : les retours hors ligne sont limités. Vérifiez le réseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::MaintenanceSelfTest</name>
    <message>
        <source>The kiosk is out of service for drop-off: %1. Put it back in service once the chute works.</source>
        <translation>La borne est hors service pour les dépôts : %1. Remettez-la en service une fois la trappe réparée.</translation>
    </message>
    <message>
        <source>The self-test could not be recorded. Please run it again.</source>
        <translation>L’autotest n’a pas pu être enregistré. Veuillez le relancer.</translation>
    </message>
    <message>
        <source>%1. Its bins take no returns until it passes the self-test; the other bins still do.</source>
        <translation>%1. Ses bacs ne prennent plus de retours jusqu&apos;à ce qu&apos;elle réussisse l&apos;autotest ; les autres bacs, si.</translation>
    </message>
</context>
<context>
    <name>kiosk::OrderDesk</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Sign in first to look up an order.</source>
        <translation>Connectez-vous d&apos;abord pour rechercher une commande.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail du client.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>Saisissez le numéro de téléphone du client.</translation>
    </message>
    <message>
        <source>That is not a complete e-mail address (name@example.com).</source>
        <translation>Ce n&apos;est pas une adresse e-mail complète (nom@exemple.com).</translation>
    </message>
    <message>
        <source>That is not a phone number: 7 to 15 digits, with spaces, dashes or a leading +.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone : 7 à 15 chiffres, avec espaces, tirets ou un + au début.</translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this e-mail address.</source>
        <translation>Aucune commande de cette borne n&apos;a cette adresse e-mail.</translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this phone number.</source>
        <translation>Aucune commande de cette borne n&apos;a ce numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1, placed %2</source>
        <translation>%1, passée le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) fit: choose one.</source>
        <translation>
            <numerusform>%n commande correspond : choisissez-la.</numerusform>
            <numerusform>%n commandes correspondent : choisissez-en une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to look up by: order, e-mail or phone.</source>
        <translation>Choisissez comment rechercher : commande, e-mail ou téléphone.</translation>
    </message>
    <message>
        <source>Type or scan the order number or the receipt barcode.</source>
        <translation>Saisissez ou scannez le numéro de commande ou le code-barres du ticket.</translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this receipt.</source>
        <translation>Aucune commande de cette borne ne correspond à ce ticket.</translation>
    </message>
    <message>
        <source>That is neither an order number nor a receipt barcode.</source>
        <translation>Ce n&apos;est ni un numéro de commande ni un code-barres de ticket.</translation>
    </message>
    <message>
        <source>No order %1 in this kiosk&apos;s orders.</source>
        <translation>Aucune commande %1 dans cette borne.</translation>
    </message>
    <message>
        <source>No return policy is loaded, so no order can be judged.</source>
        <translation>Aucune politique de retour n&apos;est chargée : aucune commande ne peut être évaluée.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée le</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payée par</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No e-mail or phone on file</source>
        <translation>Ni e-mail ni téléphone enregistrés</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Niveau de fidélité</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Dérogation : %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Needs a colleague&apos;s approval</source>
        <translation>Nécessite l&apos;accord d&apos;un collègue</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Retournable</translation>
    </message>
    <message>
        <source>%1 bought, %2 returned</source>
        <translation>%1 achetés, %2 retournés</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Règles : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s), %2, return %3</source>
        <translation>
            <numerusform>%1 : %n unité, %2, retour %3</numerusform>
            <numerusform>%1 : %n unités, %2, retour %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first to override an item.</source>
        <translation>Connectez-vous d&apos;abord pour déroger sur un article.</translation>
    </message>
    <message>
        <source>Find the order first.</source>
        <translation>Recherchez d&apos;abord la commande.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>La commande %1 n&apos;a pas de ligne %2.</translation>
    </message>
    <message>
        <source>This item is already overridden.</source>
        <translation>Cet article a déjà une dérogation.</translation>
    </message>
    <message>
        <source>This item can go back without an override.</source>
        <translation>Cet article peut être repris sans dérogation.</translation>
    </message>
    <message>
        <source>Every unit of this item is already returned: there is nothing to override.</source>
        <translation>Toutes les unités de cet article sont déjà retournées : il n&apos;y a rien à déroger.</translation>
    </message>
    <message>
        <source>This item&apos;s drop-off chute is out of service, so no override can take it here. Take the item at the service desk.</source>
        <translation>La trappe de dépôt de cet article est hors service : aucune dérogation ne permet de le prendre ici. Reprenez l&apos;article à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The store&apos;s return policy lists no override reasons, so no item can be overridden.</source>
        <translation>La politique de retour du magasin ne prévoit aucun motif de dérogation : aucun article ne peut faire l&apos;objet d&apos;une dérogation.</translation>
    </message>
    <message>
        <source>Choose a reason for the override.</source>
        <translation>Choisissez un motif pour la dérogation.</translation>
    </message>
    <message>
        <source>That reason is not on the store&apos;s override list.</source>
        <translation>Ce motif ne figure pas dans la liste des dérogations du magasin.</translation>
    </message>
    <message>
        <source>Keep the note to %1 characters.</source>
        <translation>La note ne doit pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>The override could not be recorded, so it does not count. Please try again.</source>
        <translation>La dérogation n&apos;a pas pu être enregistrée : elle ne compte pas. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Override recorded for %1.</source>
        <translation>Dérogation enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Sign in first to start a return.</source>
        <translation>Connectez-vous d&apos;abord pour commencer un retour.</translation>
    </message>
    <message>
        <source>No item of this order can go back: override one first, or send the shopper to the service desk.</source>
        <translation>Aucun article de cette commande ne peut être repris : faites d&apos;abord une dérogation, ou envoyez le client à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>kiosk::OrderIntake</name>
    <message>
        <source>We can&apos;t find order %1. Please check the number on your order confirmation.</source>
        <translation>Nous ne trouvons pas la commande %1. Vérifiez le numéro sur votre confirmation de commande.</translation>
    </message>
    <message>
        <source>We can&apos;t reach our order system to look up order %1 right now. A colleague at the service desk can help.</source>
        <translation>Nous ne pouvons pas joindre notre système de commandes pour rechercher la commande %1 pour le moment. Un collègue de l&apos;accueil peut vous aider.</translation>
    </message>
    <message>
        <source>This kiosk can&apos;t take returns right now. Please ask a colleague.</source>
        <translation>Cette borne ne peut pas prendre de retours pour le moment. Demandez à un collègue.</translation>
    </message>
    <message>
        <source>We can&apos;t find the order for this receipt. Please type the order number printed on it, or ask a colleague.</source>
        <translation>Nous ne trouvons pas la commande de ce ticket. Saisissez le numéro de commande imprimé dessus, ou demandez à un collègue.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match order %1. Please check the ZIP code of the billing address and try again. Tries left: %2.</source>
        <translation>Cela ne correspond pas à la commande %1. Vérifiez le code postal de l&apos;adresse de facturation et réessayez. Essais restants : %2.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm order %1 here. A colleague can look it up for you.</source>
        <translation>Nous n&apos;avons pas pu confirmer la commande %1 ici. Un collègue peut la retrouver pour vous.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm order %1 here. A colleague can look it up for you, or you can try again after %2.</source>
        <translation>Nous n&apos;avons pas pu confirmer la commande %1 ici. Un collègue peut la rechercher pour vous, ou vous pouvez réessayer après %2.</translation>
    </message>
    <message>
        <source>That code is too long to be one of ours. Please type your order number instead.</source>
        <translation>Ce code est trop long pour être l&apos;un des nôtres. Saisissez plutôt votre numéro de commande.</translation>
    </message>
    <message>
        <source>This return code expired on %1. You can still type your order number.</source>
        <translation>Ce code de retour a expiré le %1. Vous pouvez toujours saisir votre numéro de commande.</translation>
    </message>
    <message>
        <source>This return code is for another store. Please use that store&apos;s returns.</source>
        <translation>Ce code de retour est celui d&apos;un autre magasin. Utilisez le service de retour de ce magasin.</translation>
    </message>
    <message>
        <source>We couldn&apos;t verify this return code. Please type your order number instead.</source>
        <translation>Nous n&apos;avons pas pu vérifier ce code de retour. Saisissez plutôt votre numéro de commande.</translation>
    </message>
    <message>
        <source>Order numbers look like %1100001. Please check the number and try again.</source>
        <translation>Les numéros de commande ressemblent à %1100001. Vérifiez le numéro et réessayez.</translation>
    </message>
    <message>
        <source>We couldn&apos;t read that code. Scan the return code from your e-mail or receipt, or type your order number.</source>
        <translation>Nous n&apos;avons pas pu lire ce code. Scannez le code de retour de votre e-mail ou de votre ticket, ou saisissez votre numéro de commande.</translation>
    </message>
    <message>
        <source>This return code has already been used. If something is missing, please ask a colleague.</source>
        <translation>Ce code de retour a déjà été utilisé. S&apos;il manque quelque chose, demandez à un collègue.</translation>
    </message>
    <message>
        <source>That&apos;s a product barcode. Please scan the return code from your e-mail or receipt instead.</source>
        <translation>C&apos;est le code-barres d&apos;un produit. Scannez plutôt le code de retour de votre e-mail ou de votre ticket.</translation>
    </message>
    <message>
        <source>Staff codes are used in maintenance mode, not here.</source>
        <translation>Les codes du personnel s&apos;utilisent en mode maintenance, pas ici.</translation>
    </message>
    <message>
        <source>Looking up order %1…</source>
        <translation>Recherche de la commande %1…</translation>
    </message>
    <message>
        <source>This kiosk is already enrolled. To enrol it again, a technician resets it first.</source>
        <translation>Cette borne est déjà enregistrée. Pour l&apos;enregistrer à nouveau, un technicien doit d&apos;abord la réinitialiser.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match order %1. Please check the last 4 digits of the card you paid with and try again. Tries left: %2.</source>
        <translation>Cela ne correspond pas à la commande %1. Vérifiez les 4 derniers chiffres de la carte avec laquelle vous avez payé et réessayez. Essais restants : %2.</translation>
    </message>
</context>
<context>
    <name>kiosk::ReturnChoice</name>
    <message>
        <source>This item can&apos;t be returned here.</source>
        <translation>Cet article ne peut pas être retourné ici.</translation>
    </message>
    <message>
        <source>This item isn&apos;t on your return code. Type your order number to return it.</source>
        <translation>Cet article n&apos;est pas sur votre code de retour. Saisissez votre numéro de commande pour le retourner.</translation>
    </message>
    <message numerus="yes">
        <source>Your return code covers %n of these.</source>
        <translation>
            <numerusform>Votre code de retour en couvre %n.</numerusform>
            <numerusform>Votre code de retour en couvre %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ReturnSession</name>
    <message>
        <source>Order %1 can&apos;t be returned here. %2 A colleague at the service desk can help.</source>
        <translation>La commande %1 ne peut pas être retournée ici. %2 Un collègue à l&apos;accueil peut vous aider.</translation>
    </message>
    <message>
        <source>Your items are safe in the kiosk, but we couldn&apos;t save the return. Please show this screen to a colleague.</source>
        <translation>Vos articles sont en sécurité dans la borne, mais le retour n&apos;a pas pu être enregistré. Montrez cet écran à un collègue.</translation>
    </message>
    <message>
        <source>A colleague needs to check the %1 before it can go back.</source>
        <translation>Un collègue doit vérifier l&apos;article « %1 » avant son retour.</translation>
    </message>
    <message>
        <source>The %1 can&apos;t be returned in this condition.</source>
        <translation>« %1 » ne peut pas être retourné dans cet état.</translation>
    </message>
    <message>
        <source>Please finish or cancel this return first, then scan the next code.</source>
        <translation>Veuillez d&apos;abord terminer ou annuler ce retour, puis scannez le code suivant.</translation>
    </message>
</context>
<context>
    <name>kiosk::SelfTestRunner</name>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Chute</source>
        <translation>Trappe</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Voyant</translation>
    </message>
    <message>
        <source>Scanner and camera</source>
        <translation>Scanner et caméra</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>%1: skipped on request</source>
        <translation>%1 : ignoré sur demande</translation>
    </message>
    <message>
        <source>%1: none in this hardware profile</source>
        <translation>%1 : absent de ce profil matériel</translation>
    </message>
    <message>
        <source>%1: none configured</source>
        <translation>%1 : aucun configuré</translation>
    </message>
    <message>
        <source>Printer: printed the test page</source>
        <translation>Imprimante : page de test imprimée</translation>
    </message>
    <message>
        <source>Printer: no paper</source>
        <translation>Imprimante : plus de papier</translation>
    </message>
    <message>
        <source>Load a new paper roll and close the printer&apos;s cover.</source>
        <translation>Mettez un nouveau rouleau de papier et refermez le capot de l’imprimante.</translation>
    </message>
    <message>
        <source>Printer: offline</source>
        <translation>Imprimante : hors ligne</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and its cable, and that its cover is closed.</source>
        <translation>Vérifiez l’alimentation et le câble de l’imprimante, et que son capot est fermé.</translation>
    </message>
    <message>
        <source>Printer: busy printing</source>
        <translation>Imprimante : impression en cours</translation>
    </message>
    <message>
        <source>Wait for the receipt to finish, then run the self-test again.</source>
        <translation>Attendez la fin du ticket, puis relancez l’autotest.</translation>
    </message>
    <message>
        <source>Chute: opened and closed</source>
        <translation>Trappe : ouverte puis fermée</translation>
    </message>
    <message>
        <source>Listen for the lock&apos;s click; check its power and that nothing holds the flap shut.</source>
        <translation>Écoutez le déclic du verrou ; vérifiez son alimentation et que rien ne bloque la trappe fermée.</translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s cable and power.</source>
        <translation>Vérifiez le câble et l’alimentation du verrou de la trappe.</translation>
    </message>
    <message>
        <source>Scale: reads %1 kg</source>
        <translation>Balance : indique %1 kg</translation>
    </message>
    <message>
        <source>Scale: overloaded</source>
        <translation>Balance : surchargée</translation>
    </message>
    <message>
        <source>Take the heavy item off the scale; empty the bin if it is full.</source>
        <translation>Retirez l&apos;article lourd de la balance ; videz le bac s&apos;il est plein.</translation>
    </message>
    <message>
        <source>Scale: not answering</source>
        <translation>Balance : ne répond pas</translation>
    </message>
    <message>
        <source>Check the scale&apos;s cable and power.</source>
        <translation>Vérifiez le câble et l&apos;alimentation de la balance.</translation>
    </message>
    <message>
        <source>Light: cannot be switched on (%1)</source>
        <translation>Voyant : impossible à allumer (%1)</translation>
    </message>
    <message>
        <source>Check the light&apos;s cable to the kiosk&apos;s controller.</source>
        <translation>Vérifiez le câble du voyant vers le contrôleur de la borne.</translation>
    </message>
    <message>
        <source>Scanner: not connected</source>
        <translation>Scanner : non branché</translation>
    </message>
    <message>
        <source>Check the scanner&apos;s USB cable; unplug it and plug it in again.</source>
        <translation>Vérifiez le câble USB du scanner ; débranchez-le puis rebranchez-le.</translation>
    </message>
    <message>
        <source>%1: read the test code</source>
        <translation>%1 : code de test lu</translation>
    </message>
    <message>
        <source>Backend: %1 answers</source>
        <translation>Serveur : %1 répond</translation>
    </message>
    <message>
        <source>Backend: cannot be reached</source>
        <translation>Serveur : injoignable</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi and that %1 can be reached (%2).</source>
        <translation>Vérifiez le câble réseau ou le Wi-Fi et que %1 est joignable (%2).</translation>
    </message>
    <message>
        <source>Backend: answered with error %1</source>
        <translation>Serveur : a répondu avec l’erreur %1</translation>
    </message>
    <message>
        <source>The network works, but the backend has a problem: tell the retailer&apos;s help desk.</source>
        <translation>Le réseau fonctionne, mais le serveur a un problème : prévenez l’assistance de l’enseigne.</translation>
    </message>
    <message numerus="yes">
        <source>Printer: did not finish the test page within %n s</source>
        <translation>
            <numerusform>Imprimante : page de test non terminée en %n s</numerusform>
            <numerusform>Imprimante : page de test non terminée en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and its cable.</source>
        <translation>Vérifiez l’alimentation et le câble de l’imprimante.</translation>
    </message>
    <message>
        <source>Look for something stuck in the flap; check the flap switch and its cable.</source>
        <translation>Cherchez un objet coincé dans la trappe ; vérifiez le contacteur de la trappe et son câble.</translation>
    </message>
    <message numerus="yes">
        <source>Scale: no reading within %n s</source>
        <translation>
            <numerusform>Balance : aucune mesure en %n s</numerusform>
            <numerusform>Balance : aucune mesure en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Light: flashed</source>
        <translation>Voyant : a clignoté</translation>
    </message>
    <message>
        <source>If it did not blink, check the light&apos;s cable and lamp.</source>
        <translation>S’il n’a pas clignoté, vérifiez le câble et l’ampoule du voyant.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no code read within %n s</source>
        <translation>
            <numerusform>%1 : aucun code lu en %n s</numerusform>
            <numerusform>%1 : aucun code lu en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold the self-test page&apos;s barcode 10 to 20 cm from the scanner or camera; clean its window.</source>
        <translation>Tenez le code-barres de la page de test à 10-20 cm du scanner ou de la caméra ; nettoyez sa vitre.</translation>
    </message>
    <message numerus="yes">
        <source>Backend: no answer within %n s</source>
        <translation>
            <numerusform>Serveur : aucune réponse en %n s</numerusform>
            <numerusform>Serveur : aucune réponse en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi and the firewall.</source>
        <translation>Vérifiez le câble réseau ou le Wi-Fi et le pare-feu.</translation>
    </message>
    <message>
        <source>Self-test page</source>
        <translation>Page d’autotest</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Hardware profile</source>
        <translation>Profil matériel</translation>
    </message>
    <message>
        <source>Scan the barcode above when the self-test asks for it.</source>
        <translation>Scannez le code-barres ci-dessus quand l’autotest le demande.</translation>
    </message>
    <message>
        <source>Self-test report</source>
        <translation>Rapport d’autotest</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Every part passed.</source>
        <translation>Tous les éléments ont réussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) failed.</source>
        <translation>
            <numerusform>%n élément a échoué.</numerusform>
            <numerusform>%n éléments ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Chute %1</source>
        <translation>Trappe %1</translation>
    </message>
    <message numerus="yes">
        <source>Chutes: each of the %n opened and closed</source>
        <translation>
            <numerusform>Trappes : la seule s&apos;est ouverte et fermée</numerusform>
            <numerusform>Trappes : les %n se sont ouvertes et fermées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: did not open within %n s</source>
        <translation>
            <numerusform>%1 : ne s&apos;est pas ouverte en %n s</numerusform>
            <numerusform>%1 : ne s&apos;est pas ouverte en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the lock does not answer</source>
        <translation>%1 : le verrou ne répond pas</translation>
    </message>
    <message numerus="yes">
        <source>%1: did not report closed within %n s</source>
        <translation>
            <numerusform>%1 : n&apos;a pas signalé sa fermeture en %n s</numerusform>
            <numerusform>%1 : n&apos;a pas signalé sa fermeture en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::StaffSignIn</name>
    <message>
        <source>This badge can&apos;t sign in at this kiosk. Ask your store manager to add it.</source>
        <translation>Ce badge ne peut pas se connecter à cette borne. Demandez à votre responsable de l&apos;ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Code PIN incorrect. Il reste %n essai.</numerusform>
            <numerusform>Code PIN incorrect. Il reste %n essais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for badge %1. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects pour le badge %1. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de codes PIN incorrects pour le badge %1. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins at this kiosk. The keypad is locked for %n minute(s).</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion sur cette borne. Le clavier est verrouillé pendant %n minute.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion sur cette borne. Le clavier est verrouillé pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in couldn&apos;t be saved, so nothing changed. Please try again.</source>
        <translation>La connexion n&apos;a pas pu être enregistrée, rien n&apos;a changé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>kiosk::StaffTakeover</name>
    <message>
        <source>The override couldn&apos;t be saved, so nothing changed. Please try again.</source>
        <translation>L&apos;approbation n&apos;a pas pu être enregistrée, rien n&apos;a changé. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>kiosk::SyncQueue</name>
    <message>
        <source>Return %1</source>
        <translation>Retour %1</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot;</source>
        <translation>Événement « %1 »</translation>
    </message>
    <message>
        <source>Last in touch with the backend at %1.</source>
        <translation>Dernier contact avec le serveur à %1.</translation>
    </message>
    <message>
        <source>Not yet in touch with the backend since the kiosk started.</source>
        <translation>Pas encore de contact avec le serveur depuis le démarrage.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>That entry could not be put back in the queue: %1</source>
        <translation>Impossible de remettre cet envoi dans la file : %1</translation>
    </message>
    <message>
        <source>Put back in the queue: it is sent with the next sync.</source>
        <translation>Remis dans la file : il part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled: there is nothing to sign the export with.</source>
        <translation>Cette borne n&apos;est pas enregistrée : rien pour signer l&apos;export.</translation>
    </message>
    <message>
        <source>That entry is no longer a dead letter.</source>
        <translation>Cet envoi n&apos;est plus refusé.</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
</TS>
