<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>All done. Thank you!</source>
        <translation>C'est terminé. Merci !</translation>
    </message>
    <message>
        <source>Your refund of %1 goes back to your original payment method within 3–5 business days.</source>
        <translation>Votre remboursement de %1 sera crédité sur votre moyen de paiement d'origine sous 3 à 5 jours ouvrés.</translation>
    </message>
    <message>
        <source>Return reference: %1</source>
        <translation>Référence du retour : %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
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
        <translation>Déposez l'article dans la trappe ouverte</translation>
    </message>
    <message>
        <source>Opening the chute…</source>
        <translation>Ouverture de la trappe…</translation>
    </message>
    <message>
        <source>The chute closes by itself once the item is inside.</source>
        <translation>La trappe se referme toute seule une fois l'article à l'intérieur.</translation>
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
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>This screen closes in %1 s.</source>
        <translation>Cet écran se ferme dans %1 s.</translation>
    </message>
    <message>
        <source>Still there? Starting over in %1 s.</source>
        <translation>Toujours là ? Retour à l'accueil dans %1 s.</translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation>Je suis là</translation>
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
        <translation>Retour</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Choisissez un article</translation>
    </message>
    <message numerus="yes">
        <source>Return %n item(s) · %1</source>
        <translation><numerusform>Retourner %n article · %1</numerusform><numerusform>Retourner %n articles · %1</numerusform></translation>
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
        <source>Use the full screen</source>
        <translation>Utiliser tout l'écran</translation>
    </message>
    <message>
        <source>Move the controls lower</source>
        <translation>Descendre les commandes</translation>
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
    <name>kiosk::ReturnSession</name>
    <message>
        <source>That code is too long to be one of ours. Please type your order number instead.</source>
        <translation>Ce code est trop long pour être l'un des nôtres. Saisissez plutôt votre numéro de commande.</translation>
    </message>
    <message>
        <source>We couldn't read that as an order number. Order numbers look like RK-100001.</source>
        <translation>Nous ne reconnaissons pas ce numéro de commande. Les numéros de commande ressemblent à RK-100001.</translation>
    </message>
    <message>
        <source>We can't find order %1. Please check the number on your order confirmation.</source>
        <translation>Nous ne trouvons pas la commande %1. Vérifiez le numéro sur votre confirmation de commande.</translation>
    </message>
    <message>
        <source>Order %1 can't be returned here. %2 A colleague at the service desk can help.</source>
        <translation>La commande %1 ne peut pas être retournée ici. %2 Un collègue à l'accueil peut vous aider.</translation>
    </message>
    <message>
        <source>Final sale: this item can't be returned.</source>
        <translation>Vente finale : cet article ne peut pas être retourné.</translation>
    </message>
    <message>
        <source>Already returned.</source>
        <translation>Déjà retourné.</translation>
    </message>
    <message>
        <source>The return window ended on %1.</source>
        <translation>Le délai de retour a pris fin le %1.</translation>
    </message>
    <message>
        <source>Your items are safe in the kiosk, but we couldn't save the return. Please show this screen to a colleague.</source>
        <translation>Vos articles sont en sécurité dans la borne, mais le retour n'a pas pu être enregistré. Montrez cet écran à un collègue.</translation>
    </message>
    <message>
        <source>The drop-off chute isn't working right now. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation>La trappe ne fonctionne pas pour le moment. Ce que vous avez déjà déposé est enregistré. Un collègue vous aidera pour le reste.</translation>
    </message>
</context>
</TS>