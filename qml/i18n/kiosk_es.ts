<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AssistanceScreen</name>
    <message>
        <source>Please ask a colleague</source>
        <translation>Por favor, pide ayuda a un empleado</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Return an item here</source>
        <translation>Devuelve un artículo aquí</translation>
    </message>
    <message>
        <source>No box, no label. Scan the return code from your e-mail or receipt, or type your order number.</source>
        <translation>Sin caja ni etiqueta. Escanea el código de devolución de tu correo o ticket, o escribe tu número de pedido.</translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation>Iniciar una devolución</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>All done. Thank you!</source>
        <translation>¡Listo! Gracias.</translation>
    </message>
    <message>
        <source>Your refund of %1 goes back to your original payment method within 3–5 business days.</source>
        <translation>El reembolso de %1 volverá a tu método de pago original en 3–5 días hábiles.</translation>
    </message>
    <message>
        <source>Return reference: %1</source>
        <translation>Referencia de la devolución: %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>DropoffScreen</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Artículo %1 de %2</translation>
    </message>
    <message>
        <source>Place the item in the open chute</source>
        <translation>Coloca el artículo en la trampilla abierta</translation>
    </message>
    <message>
        <source>Opening the chute…</source>
        <translation>Abriendo la trampilla…</translation>
    </message>
    <message>
        <source>The chute closes by itself once the item is inside.</source>
        <translation>La trampilla se cierra sola cuando el artículo está dentro.</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Scan your return code</source>
        <translation>Escanea tu código de devolución</translation>
    </message>
    <message>
        <source>Hold the QR code on your phone or the barcode on your receipt under the scanner. Or type the digits of your order number.</source>
        <translation>Acerca al escáner el código QR de tu móvil o el código de barras de tu ticket. O escribe los dígitos de tu número de pedido.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>This screen closes in %1 s.</source>
        <translation>Esta pantalla se cierra en %1 s.</translation>
    </message>
    <message>
        <source>Still there? Starting over in %1 s.</source>
        <translation>¿Sigues ahí? Volvemos al inicio en %1 s.</translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Which items are you returning?</source>
        <translation>¿Qué artículos devuelves?</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Elige un artículo</translation>
    </message>
    <message numerus="yes">
        <source>Return %n item(s) · %1</source>
        <translation><numerusform>Devolver %n artículo · %1</numerusform><numerusform>Devolver %n artículos · %1</numerusform></translation>
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
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Use the full screen</source>
        <translation>Usar toda la pantalla</translation>
    </message>
    <message>
        <source>Move the controls lower</source>
        <translation>Bajar los controles</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>kiosk::ReturnSession</name>
    <message>
        <source>That code is too long to be one of ours. Please type your order number instead.</source>
        <translation>Ese código es demasiado largo para ser nuestro. Escribe tu número de pedido.</translation>
    </message>
    <message>
        <source>We couldn't read that as an order number. Order numbers look like RK-100001.</source>
        <translation>No reconocemos eso como número de pedido. Los números de pedido son como RK-100001.</translation>
    </message>
    <message>
        <source>We can't find order %1. Please check the number on your order confirmation.</source>
        <translation>No encontramos el pedido %1. Comprueba el número en la confirmación del pedido.</translation>
    </message>
    <message>
        <source>Order %1 can't be returned here. %2 A colleague at the service desk can help.</source>
        <translation>El pedido %1 no se puede devolver aquí. %2 Un empleado en el mostrador de atención te ayudará.</translation>
    </message>
    <message>
        <source>Final sale: this item can't be returned.</source>
        <translation>Venta final: este artículo no admite devolución.</translation>
    </message>
    <message>
        <source>Already returned.</source>
        <translation>Ya devuelto.</translation>
    </message>
    <message>
        <source>The return window ended on %1.</source>
        <translation>El plazo de devolución terminó el %1.</translation>
    </message>
    <message>
        <source>Your items are safe in the kiosk, but we couldn't save the return. Please show this screen to a colleague.</source>
        <translation>Tus artículos están seguros en el quiosco, pero no pudimos guardar la devolución. Enseña esta pantalla a un empleado.</translation>
    </message>
    <message>
        <source>The drop-off chute isn't working right now. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation>La trampilla no funciona en este momento. Lo que ya depositaste está registrado. Un empleado te ayudará con el resto.</translation>
    </message>
</context>
</TS>