<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApprovalScreen</name>
    <message>
        <source>This return needs a colleague&apos;s OK</source>
        <translation>Esta devolución necesita la aprobación de un empleado</translation>
    </message>
    <message>
        <source>You can take an item out of this return, or ask a colleague to approve it. The light on top of the kiosk calls them.</source>
        <translation>Puede quitar un artículo de esta devolución o pedir a un empleado que la apruebe. La luz del quiosco le avisa.</translation>
    </message>
    <message>
        <source>Change my items</source>
        <translation>Cambiar mis artículos</translation>
    </message>
    <message>
        <source>Ask a colleague</source>
        <translation>Pedir ayuda a un empleado</translation>
    </message>
</context>
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
    <message>
        <source>A colleague is coming, please wait here</source>
        <translation>Viene un empleado, espera aquí, por favor</translation>
    </message>
    <message>
        <source>The light on top of the kiosk has called a colleague.</source>
        <translation>La luz del quiosco ha avisado a un empleado.</translation>
    </message>
    <message>
        <source>You have waited %1.</source>
        <translation>Llevas esperando %1.</translation>
    </message>
    <message>
        <source>Your items and choices are kept: you carry on where you left off.</source>
        <translation>Tus artículos y elecciones se conservan: seguirás donde lo dejaste.</translation>
    </message>
    <message>
        <source>I don&apos;t need help any more</source>
        <translation>Ya no necesito ayuda</translation>
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
    <message>
        <source>This kiosk is closed for returns</source>
        <translation>Este quiosco está cerrado para devoluciones</translation>
    </message>
    <message>
        <source>Its return bin is full. A colleague will empty it soon.</source>
        <translation>Su contenedor de devoluciones está lleno. Un empleado lo vaciará pronto.</translation>
    </message>
    <message>
        <source>Sorry, you can&apos;t return items here right now.</source>
        <translation>Lo sentimos, ahora no puede devolver artículos aquí.</translation>
    </message>
    <message>
        <source>Please ask a colleague at the service desk.</source>
        <translation>Pregunte en el mostrador de atención al cliente.</translation>
    </message>
    <message>
        <source>Its drop-off chute is out of service. A colleague will see to it soon.</source>
        <translation>Su ranura de entrega está fuera de servicio. Un compañero se ocupará pronto.</translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <source>Camera picture. Hold the code inside the frame.</source>
        <translation>Imagen de la cámara. Sostenga el código dentro del marco.</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>No se mueva</translation>
    </message>
</context>
<context>
    <name>ChoiceText</name>
    <message>
        <source>%1 (includes a %2 bonus)</source>
        <translation>%1 (incluye %2 de bonificación)</translation>
    </message>
    <message>
        <source>Store credit %1 (includes a %2 bonus)</source>
        <translation>Saldo para la tienda: %1 (incluye %2 de bonificación)</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Saldo para la tienda: %1</translation>
    </message>
    <message>
        <source>An exchange for the size or colour you chose: nothing to pay</source>
        <translation>Un cambio por la talla o el color que elegiste: no pagas nada</translation>
    </message>
    <message>
        <source>Refund %1 to the card you paid with</source>
        <translation>Reembolso de %1 a la tarjeta con la que pagaste</translation>
    </message>
    <message>
        <source>Refund %1 to your gift card</source>
        <translation>Reembolso de %1 a tu tarjeta regalo</translation>
    </message>
    <message>
        <source>Refund %1 to the way you paid</source>
        <translation>Reembolso de %1 al método con el que pagaste</translation>
    </message>
</context>
<context>
    <name>DayAuditPage</name>
    <message numerus="yes">
        <source>Today at this kiosk (%n event(s))</source>
        <translation>
            <numerusform>Hoy en este quiosco (%n evento)</numerusform>
            <numerusform>Hoy en este quiosco (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>All done. Thank you!</source>
        <translation>¡Listo! Gracias.</translation>
    </message>
    <message>
        <source>Return reference: %1</source>
        <translation>Referencia de la devolución: %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Recoge tu ticket.</translation>
    </message>
    <message>
        <source>The printer isn&apos;t working. Scan this code with your phone for your receipt.</source>
        <translation>La impresora no funciona. Escanea este código con tu móvil para obtener tu ticket.</translation>
    </message>
    <message>
        <source>The printer isn&apos;t working. Your receipt will be e-mailed to you.</source>
        <translation>La impresora no funciona. Te enviaremos el ticket por correo.</translation>
    </message>
    <message>
        <source>QR code for your e-receipt</source>
        <translation>Código QR de tu ticket electrónico</translation>
    </message>
    <message>
        <source>Please collect your %1 at the service desk.</source>
        <translation>Recoge tu %1 en el mostrador de atención al cliente.</translation>
    </message>
    <message>
        <source>Return references: %1</source>
        <translation>Referencias de las devoluciones: %1</translation>
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
    <message>
        <source>Scan the barcode on the item&apos;s tag</source>
        <translation>Escanea el código de barras de la etiqueta del artículo</translation>
    </message>
    <message>
        <source>Keep the other items</source>
        <translation>Quedarme con el resto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Tag missing or won&apos;t scan?</source>
        <translation>¿Sin etiqueta o no se escanea?</translation>
    </message>
    <message>
        <source>The chute closes by itself once the item is inside, or in %1 s.</source>
        <translation>La trampilla se cierra sola cuando el artículo está dentro, o en %1 s.</translation>
    </message>
    <message>
        <source>Item won&apos;t fit?</source>
        <translation>¿El artículo no cabe?</translation>
    </message>
</context>
<context>
    <name>EligibilityMessages</name>
    <message>
        <source>The return window ended on %1.</source>
        <translation>El plazo de devolución terminó el %1.</translation>
    </message>
    <message>
        <source>Final sale: this item can&apos;t be returned.</source>
        <translation>Venta final: este artículo no admite devolución.</translation>
    </message>
    <message>
        <source>This item can&apos;t be returned, for hygiene or safety reasons.</source>
        <translation>Este artículo no admite devolución por motivos de higiene o seguridad.</translation>
    </message>
    <message>
        <source>Already returned.</source>
        <translation>Ya devuelto.</translation>
    </message>
    <message>
        <source>The kiosk is offline, so a colleague needs to approve this item.</source>
        <translation>El quiosco está sin conexión, así que un empleado tiene que aprobar este artículo.</translation>
    </message>
    <message>
        <source>A return of this value needs a colleague&apos;s approval.</source>
        <translation>Una devolución de este importe necesita la aprobación de un empleado.</translation>
    </message>
    <message>
        <source>We can&apos;t see when this item was delivered, so a colleague needs to check it.</source>
        <translation>No sabemos cuándo se entregó este artículo, así que un empleado tiene que revisarlo.</translation>
    </message>
    <message>
        <source>A colleague needs to check this item.</source>
        <translation>Un empleado tiene que revisar este artículo.</translation>
    </message>
    <message>
        <source>This item can&apos;t be returned here.</source>
        <translation>Este artículo no se puede devolver aquí.</translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation>He cambiado de opinión</translation>
    </message>
    <message>
        <source>Wrong size or fit</source>
        <translation>Talla o ajuste incorrectos</translation>
    </message>
    <message>
        <source>It&apos;s faulty or damaged</source>
        <translation>Está defectuoso o dañado</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>No es como se describía</translation>
    </message>
    <message>
        <source>Are the original tags still attached?</source>
        <translation>¿Conserva las etiquetas originales?</translation>
    </message>
    <message>
        <source>Is it unworn, with no marks on the soles?</source>
        <translation>¿Está sin usar y sin marcas en las suelas?</translation>
    </message>
    <message>
        <source>Is the item in the condition you received it?</source>
        <translation>¿Está el artículo en el estado en que lo recibiste?</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo para la tienda</translation>
    </message>
    <message>
        <source>Exchange for another size or colour</source>
        <translation>Cambio por otra talla o color</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation>Reembolso al método de pago original</translation>
    </message>
    <message>
        <source>Returns worth more than %1 need a colleague&apos;s approval.</source>
        <translation>Las devoluciones de más de %1 necesitan la aprobación de un empleado.</translation>
    </message>
    <message numerus="yes">
        <source>This account has reached %n return(s) in 30 days, the most the kiosk takes without a colleague.</source>
        <translation>
            <numerusform>Esta cuenta ha llegado a %n devolución en 30 días, el máximo que el quiosco acepta sin un empleado.</numerusform>
            <numerusform>Esta cuenta ha llegado a %n devoluciones en 30 días, el máximo que el quiosco acepta sin un empleado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk is offline: returns worth more than %1 need a colleague&apos;s approval until it is back online.</source>
        <translation>El quiosco está sin conexión: las devoluciones de más de %1 necesitan la aprobación de un empleado hasta que vuelva la conexión.</translation>
    </message>
    <message>
        <source>The kiosk is offline and has reached today&apos;s offline refund limit of %1, so a colleague needs to approve this return.</source>
        <translation>El quiosco está sin conexión y ha alcanzado el límite de reembolsos sin conexión de hoy (%1), así que un empleado debe aprobar esta devolución.</translation>
    </message>
    <message>
        <source>Please take this item to the service desk.</source>
        <translation>Lleva este artículo al mostrador de atención al cliente.</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t take this item right now: its drop-off is out of service. Please take it to the service desk.</source>
        <translation>El quiosco no puede recibir este artículo ahora: su punto de entrega está fuera de servicio. Llévelo al mostrador de atención.</translation>
    </message>
</context>
<context>
    <name>FirstBootSelfTestPanel</name>
    <message>
        <source>Hold the barcode of the test page to the scanner or camera.</source>
        <translation>Acerca el código de barras de la página de prueba al escáner o a la cámara.</translation>
    </message>
    <message>
        <source>Testing every device of this kiosk…</source>
        <translation>Probando cada dispositivo de este quiosco…</translation>
    </message>
    <message>
        <source>Some parts failed. Fix them and run the self-test again, or accept the report with a reason.</source>
        <translation>Algunas piezas han fallado. Repáralas y vuelve a ejecutar la autoprueba, o acepta el informe indicando el motivo.</translation>
    </message>
    <message>
        <source>Every part passed. The report is printing.</source>
        <translation>Todas las piezas han superado la prueba. El informe se está imprimiendo.</translation>
    </message>
    <message>
        <source>Why the kiosk may start anyway</source>
        <translation>Por qué el quiosco puede empezar de todos modos</translation>
    </message>
    <message>
        <source>Accept and start</source>
        <translation>Aceptar y empezar</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>Poner en marcha el quiosco</translation>
    </message>
</context>
<context>
    <name>HardwareStep</name>
    <message>
        <source>Looking for devices…</source>
        <translation>Buscando dispositivos…</translation>
    </message>
    <message>
        <source>Found on this kiosk</source>
        <translation>Encontrado en este quiosco</translation>
    </message>
    <message>
        <source>No devices found.</source>
        <translation>No se encontró ningún dispositivo.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Hardware profile</source>
        <translation>Perfil de hardware</translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation>(propuesto)</translation>
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
    <message>
        <source>The scanner isn&apos;t working right now. Please type your order number on the keypad.</source>
        <translation>El escáner no funciona en este momento. Escribe tu número de pedido en el teclado.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espera, por favor</translation>
    </message>
    <message>
        <source>The scanner is to the left of the screen.</source>
        <translation>El escáner está a la izquierda de la pantalla.</translation>
    </message>
    <message>
        <source>The scanner is to the right of the screen.</source>
        <translation>El escáner está a la derecha de la pantalla.</translation>
    </message>
    <message>
        <source>The scanner is below the screen.</source>
        <translation>El escáner está debajo de la pantalla.</translation>
    </message>
    <message>
        <source>The camera is to the left of the screen.</source>
        <translation>La cámara está a la izquierda de la pantalla.</translation>
    </message>
    <message>
        <source>The camera is to the right of the screen.</source>
        <translation>La cámara está a la derecha de la pantalla.</translation>
    </message>
    <message>
        <source>The camera is below the screen.</source>
        <translation>La cámara está debajo de la pantalla.</translation>
    </message>
    <message>
        <source>Hold the QR code on your phone or the barcode on your receipt up to the camera, inside the frame you see here. Or type the digits of your order number.</source>
        <translation>Acerque a la cámara el código QR de su teléfono o el código de barras de su recibo, dentro del marco que ve aquí. O escriba los dígitos de su número de pedido.</translation>
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
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
</context>
<context>
    <name>ItemTagCheck</name>
    <message>
        <source>That isn&apos;t an item tag. Please scan the barcode on the tag of the %1.</source>
        <translation>Eso no es una etiqueta de artículo. Escanea el código de barras de la etiqueta de «%1».</translation>
    </message>
    <message>
        <source>We can&apos;t check this item&apos;s tag here. Please ask a colleague.</source>
        <translation>No podemos comprobar la etiqueta de este artículo aquí. Pide ayuda a un empleado.</translation>
    </message>
    <message>
        <source>That tag is from the %1. Please scan the tag of the %2 first.</source>
        <translation>Esa etiqueta es de «%1». Escanea primero la etiqueta de «%2».</translation>
    </message>
    <message>
        <source>That item isn&apos;t part of this return. Please scan the tag of the %1.</source>
        <translation>Ese artículo no forma parte de esta devolución. Escanea la etiqueta de «%1».</translation>
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
        <translation>
            <numerusform>Devolver %n artículo · %1</numerusform>
            <numerusform>Devolver %n artículos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
</context>
<context>
    <name>KeepItScreen</name>
    <message>
        <source>Keep these items</source>
        <translation>Quédese con estos artículos</translation>
    </message>
    <message>
        <source>You&apos;ll get your money back for them, but there&apos;s no need to drop them in. Please keep, donate or recycle them.</source>
        <translation>Le devolvemos el dinero, pero no hace falta depositarlos. Puede quedárselos, donarlos o reciclarlos.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
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
        <source>Need help?</source>
        <translation>¿Necesitas ayuda?</translation>
    </message>
    <message>
        <source>Calls a colleague. Your items and choices are kept.</source>
        <translation>Avisa a un empleado. Tus artículos y elecciones se conservan.</translation>
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
    <name>LowerLayoutButton</name>
    <message>
        <source>Use the full screen</source>
        <translation>Usar toda la pantalla</translation>
    </message>
    <message>
        <source>Move the controls lower</source>
        <translation>Bajar los controles</translation>
    </message>
    <message>
        <source>Within reach from a wheelchair</source>
        <translation>Al alcance desde una silla de ruedas</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) need attention.</source>
        <translation>
            <numerusform>%n parte necesita atención.</numerusform>
            <numerusform>%n partes necesitan atención.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <source>Bin %1, tote %2: %3</source>
        <translation>Contenedor %1, caja %2: %3</translation>
    </message>
    <message>
        <source>Empty bin</source>
        <translation>Vaciar contenedor</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>Volver a poner en servicio</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Poner fuera de servicio</translation>
    </message>
    <message>
        <source>Out of service (%1: %2)</source>
        <translation>Fuera de servicio (%1: %2)</translation>
    </message>
    <message>
        <source>Out of service: a bin is full</source>
        <translation>Fuera de servicio: un contenedor está lleno</translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>Reimprimir %1</translation>
    </message>
    <message>
        <source>Manifest of tote %1</source>
        <translation>Manifiesto de la caja %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Sync queue (%n refused)</source>
        <translation>
            <numerusform>Cola de sincronización (%n rechazado)</numerusform>
            <numerusform>Cola de sincronización (%n rechazados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>Cola de sincronización</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autoprueba</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Buscar un pedido</translation>
    </message>
    <message>
        <source>Out of service: no chute works</source>
        <translation>Fuera de servicio: ninguna ranura funciona</translation>
    </message>
</context>
<context>
    <name>OrderDeskPage</name>
    <message>
        <source>Find an order</source>
        <translation>Buscar un pedido</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Order or receipt</source>
        <translation>Pedido o ticket</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address</source>
        <translation>Correo electrónico del cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <source>Order number or receipt barcode</source>
        <translation>Número de pedido o código del ticket</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Start the return with the shopper</source>
        <translation>Iniciar la devolución con el cliente</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Autorizar…</translation>
    </message>
    <message>
        <source>Returns of this order here</source>
        <translation>Devoluciones de este pedido aquí</translation>
    </message>
    <message>
        <source>No return of this order here yet.</source>
        <translation>Aún no hay devoluciones de este pedido aquí.</translation>
    </message>
    <message>
        <source>This customer&apos;s returns here in the last 90 days</source>
        <translation>Devoluciones de este cliente aquí en los últimos 90 días</translation>
    </message>
    <message>
        <source>No return by this customer here in the last 90 days.</source>
        <translation>Este cliente no ha devuelto nada aquí en los últimos 90 días.</translation>
    </message>
    <message>
        <source>Why may this item go back? Line %1 of order %2.</source>
        <translation>¿Por qué puede devolverse este artículo? Línea %1 del pedido %2.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation>Registrar la autorización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProvisioningScreen</name>
    <message>
        <source>Scan the enrolment code</source>
        <translation>Escanee el código de registro</translation>
    </message>
    <message>
        <source>Enrolling this kiosk…</source>
        <translation>Registrando este quiosco…</translation>
    </message>
    <message>
        <source>Enrolled: check the hardware</source>
        <translation>Registrado: compruebe el equipo</translation>
    </message>
    <message>
        <source>Hold the enrolment QR from the retailer&apos;s enrolment sheet in front of the camera or the scanner.</source>
        <translation>Ponga el QR de registro de la hoja del comercio delante de la cámara o del escáner.</translation>
    </message>
    <message>
        <source>Asking %1 for this kiosk&apos;s certificate. This takes a few seconds.</source>
        <translation>Pidiendo a %1 el certificado de este quiosco. Tarda unos segundos.</translation>
    </message>
    <message>
        <source>Or type the code: ENROL-XXXX-XXXX-XXXX</source>
        <translation>O escriba el código: ENROL-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Self-test of kiosk %1</source>
        <translation>Autoprueba del quiosco %1</translation>
    </message>
    <message>
        <source>Kiosk %1 for %2. Confirm the hardware profile this kiosk is built as, or tap another.</source>
        <translation>Quiosco %1 para %2. Confirme el perfil de hardware con el que está montado este quiosco o toque otro.</translation>
    </message>
    <message>
        <source>Confirm %1 and start the kiosk</source>
        <translation>Confirmar %1 e iniciar el quiosco</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Reads each screen and its choices aloud</source>
        <translation>Lee en voz alta cada pantalla y sus opciones</translation>
    </message>
</context>
<context>
    <name>ReasonsScreen</name>
    <message>
        <source>Why are you returning it?</source>
        <translation>¿Por qué lo devuelves?</translation>
    </message>
    <message>
        <source>%1 (item %2 of %3)</source>
        <translation>%1 (artículo %2 de %3)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>Store credit</source>
        <translation>Saldo para la tienda</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation>Reembolso al método de pago original</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Ticket de devolución</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Store credit bonus</source>
        <translation>Bonificación del saldo</translation>
    </message>
    <message>
        <source>Store credit total</source>
        <translation>Saldo total</translation>
    </message>
    <message>
        <source>Exchange value</source>
        <translation>Valor del cambio</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>Total reembolsado</translation>
    </message>
    <message>
        <source>Scan for your e-receipt</source>
        <translation>Escanea para tu ticket electrónico</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>  exchanged for %1</source>
        <translation>  cambiado por %1</translation>
    </message>
    <message>
        <source>  restocking fee %1 taken off</source>
        <translation>  cargo de reposición de %1 descontado</translation>
    </message>
    <message>
        <source>  keep it: no need to bring it back</source>
        <translation>  quédeselo: no hace falta devolverlo</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Printing your receipt…</source>
        <translation>Imprimiendo tu ticket…</translation>
    </message>
</context>
<context>
    <name>ResolutionScreen</name>
    <message>
        <source>How would you like your money back?</source>
        <translation>¿Cómo quieres recibir tu dinero?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your return</source>
        <translation>Revisa tu devolución</translation>
    </message>
    <message>
        <source>%1 · you keep this item</source>
        <translation>%1 · te quedas con este artículo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Confirm the return</source>
        <translation>Confirmar la devolución</translation>
    </message>
    <message>
        <source>Confirm and open the chute</source>
        <translation>Confirmar y abrir la trampilla</translation>
    </message>
</context>
<context>
    <name>ScreenSpeech</name>
    <message>
        <source>Choices: %1.</source>
        <translation>Opciones: %1.</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, seleccionado</translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation>%1, no seleccionado</translation>
    </message>
</context>
<context>
    <name>SelfTestPage</name>
    <message>
        <source>Hold the barcode of the test page to the scanner or camera.</source>
        <translation>Acerca el código de barras de la página de prueba al escáner o a la cámara.</translation>
    </message>
    <message>
        <source>Testing the devices…</source>
        <translation>Probando los dispositivos…</translation>
    </message>
    <message>
        <source>Tests the printer, chute, scale, light, scanner and backend in about half a minute.</source>
        <translation>Prueba la impresora, la trampilla, la báscula, la luz, el escáner y el servidor en medio minuto aproximadamente.</translation>
    </message>
    <message>
        <source>Every part passed.</source>
        <translation>Todas las piezas han superado la prueba.</translation>
    </message>
    <message>
        <source>Some parts failed: see what to check below.</source>
        <translation>Algunas piezas han fallado: mira abajo qué revisar.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Ejecutar la autoprueba</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>SelfTestResultList</name>
    <message>
        <source>%1: waiting</source>
        <translation>%1: en espera</translation>
    </message>
    <message>
        <source>%1: testing…</source>
        <translation>%1: probando…</translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <source>Signed in: %1 · signs out in %2</source>
        <translation>Sesión: %1 · se cierra en %2</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. Signs out in %n second(s).</source>
        <translation>
            <numerusform>Sesión de %1. Se cierra en %n segundo.</numerusform>
            <numerusform>Sesión de %1. Se cierra en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Seguir conectado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>StaffCaseText</name>
    <message>
        <source>The drop-off chute is jammed.</source>
        <translation>La trampilla de depósito está atascada.</translation>
    </message>
    <message>
        <source>The bin under the chute is full.</source>
        <translation>El contenedor bajo la trampilla está lleno.</translation>
    </message>
    <message>
        <source>The chute opened, but no item was seen going in.</source>
        <translation>La trampilla se abrió, pero no se vio entrar ningún artículo.</translation>
    </message>
    <message>
        <source>The chute&apos;s lock is not answering.</source>
        <translation>El cierre de la trampilla no responde.</translation>
    </message>
    <message>
        <source>The shopper says the item&apos;s tag is missing or won&apos;t scan.</source>
        <translation>El cliente dice que la etiqueta del artículo falta o no se escanea.</translation>
    </message>
    <message>
        <source>The order has no barcode for this item, so its tag can&apos;t confirm it.</source>
        <translation>El pedido no tiene código de barras para este artículo, así que su etiqueta no puede confirmarlo.</translation>
    </message>
    <message>
        <source>The barcode scanner is disconnected, so item tags can&apos;t be checked.</source>
        <translation>El escáner está desconectado, así que no se pueden comprobar las etiquetas.</translation>
    </message>
    <message>
        <source>The shopper typed the wrong billing ZIP code or e-mail for this order too many times.</source>
        <translation>El cliente escribió demasiadas veces un código postal o correo de facturación incorrecto para este pedido.</translation>
    </message>
    <message>
        <source>The shopper said an item is not in the condition the return policy asks for.</source>
        <translation>El cliente indicó que un artículo no está en el estado que pide la política de devoluciones.</translation>
    </message>
    <message>
        <source>The kiosk couldn&apos;t save the return (a storage fault). Items already in the bin are safe there.</source>
        <translation>El quiosco no pudo guardar la devolución (fallo de almacenamiento). Los artículos ya depositados están seguros en el contenedor.</translation>
    </message>
    <message>
        <source>This return is above what the kiosk may refund without a colleague.</source>
        <translation>Esta devolución supera lo que el quiosco puede reembolsar sin un empleado.</translation>
    </message>
    <message>
        <source>The kiosk is offline, and this return is beyond what it may accept offline.</source>
        <translation>El quiosco está sin conexión y esta devolución supera lo que puede aceptar sin conexión.</translation>
    </message>
    <message>
        <source>The store&apos;s return policy asks a colleague to approve these items.</source>
        <translation>La política de devoluciones de la tienda pide que un empleado apruebe estos artículos.</translation>
    </message>
    <message>
        <source>Open the service door and clear the chute. An item found inside is in the bin.</source>
        <translation>Abra la puerta de servicio y despeje la trampilla. Un artículo que esté dentro ya está en el contenedor.</translation>
    </message>
    <message>
        <source>Close the door, then tap &quot;Chute cleared: carry on&quot;.</source>
        <translation>Cierre la puerta y pulse «Trampilla despejada: continuar».</translation>
    </message>
    <message>
        <source>Empty the bin into a new tote, or make room in it.</source>
        <translation>Vacíe el contenedor en una caja nueva o haga sitio.</translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s cable and power, then tap &quot;Chute cleared: carry on&quot;.</source>
        <translation>Revise el cable y la alimentación del cierre y pulse «Trampilla despejada: continuar».</translation>
    </message>
    <message>
        <source>If it stays stuck, end the session: the shopper keeps what is not in the bin and takes it to the service desk.</source>
        <translation>Si sigue bloqueada, termine la sesión: el cliente se queda lo que no está en el contenedor y lo lleva al mostrador.</translation>
    </message>
    <message>
        <source>Check that the item is the one on the order and fit to go back.</source>
        <translation>Compruebe que el artículo es el del pedido y que se puede devolver.</translation>
    </message>
    <message>
        <source>If it is, tap &quot;Approve the return&quot;: the chute opens for it. If not, end the session.</source>
        <translation>Si lo es, pulse «Aprobar la devolución»: la trampilla se abre. Si no, termine la sesión.</translation>
    </message>
    <message>
        <source>Ask for photo ID or the order confirmation and compare them with the order.</source>
        <translation>Pida un documento con foto o la confirmación del pedido y compárelos con el pedido.</translation>
    </message>
    <message>
        <source>If they match, tap &quot;Approve the return&quot; to open the order. If not, end the session.</source>
        <translation>Si coinciden, pulse «Aprobar la devolución» para abrir el pedido. Si no, termine la sesión.</translation>
    </message>
    <message>
        <source>Note the order number and the items in the bin.</source>
        <translation>Anote el número de pedido y los artículos del contenedor.</translation>
    </message>
    <message>
        <source>End the session and report the fault; the return is finished at the service desk.</source>
        <translation>Termine la sesión y comunique el fallo; la devolución se completa en el mostrador.</translation>
    </message>
    <message>
        <source>Look at the items and check them against the store&apos;s return rules.</source>
        <translation>Revise los artículos según las normas de devolución de la tienda.</translation>
    </message>
    <message>
        <source>Tap &quot;Approve the return&quot; to accept them, or end the session.</source>
        <translation>Pulse «Aprobar la devolución» para aceptarlos o termine la sesión.</translation>
    </message>
    <message>
        <source>The shopper says the item won&apos;t fit into the chute. The chute is locked.</source>
        <translation>El cliente dice que el artículo no cabe en la trampilla. La trampilla está bloqueada.</translation>
    </message>
    <message>
        <source>The shopper asked for help. Nothing they chose has changed.</source>
        <translation>El cliente ha pedido ayuda. Nada de lo que eligió ha cambiado.</translation>
    </message>
    <message>
        <source>Help the shopper fold or turn the item so that it fits, then tap &quot;Chute cleared: carry on&quot;: the chute asks for its tag again.</source>
        <translation>Ayude al cliente a doblar o girar el artículo para que quepa y pulse &quot;Trampilla despejada: continuar&quot;: la trampilla vuelve a pedir su etiqueta.</translation>
    </message>
    <message>
        <source>If it can&apos;t fit, end the session: items already in the bin are recorded, the shopper takes the rest to the service desk.</source>
        <translation>Si no cabe, termine la sesión: lo que ya está en el contenedor queda registrado y el cliente lleva el resto al mostrador de atención.</translation>
    </message>
    <message>
        <source>Help the shopper with this screen. Their items and choices are kept.</source>
        <translation>Ayude al cliente con esta pantalla. Sus artículos y elecciones se conservan.</translation>
    </message>
    <message>
        <source>Tap &quot;Sign out&quot; when you are done: the shopper carries on where they left off.</source>
        <translation>Pulse &quot;Cerrar sesión&quot; al terminar: el cliente sigue donde lo dejó.</translation>
    </message>
</context>
<context>
    <name>StaffPinPanel</name>
    <message>
        <source>Badge %1: enter your PIN.</source>
        <translation>Tarjeta %1: introduzca su PIN.</translation>
    </message>
    <message>
        <source>Colleagues: scan your badge, then enter your PIN.</source>
        <translation>Empleados: escaneen su tarjeta y luego introduzcan su PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>PIN, %n digit(s) typed</source>
        <translation>
            <numerusform>PIN, %n dígito escrito</numerusform>
            <numerusform>PIN, %n dígitos escritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Approve the return</source>
        <translation>Aprobar la devolución</translation>
    </message>
    <message>
        <source>Chute cleared: carry on</source>
        <translation>Trampilla despejada: continuar</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Helping a shopper</source>
        <translation>Atendiendo a un cliente</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Order %1 · reference %2</source>
        <translation>Pedido %1 · referencia %2</translation>
    </message>
    <message>
        <source>Items in this return</source>
        <translation>Artículos de esta devolución</translation>
    </message>
    <message>
        <source>✓ In the bin</source>
        <translation>✓ En el contenedor</translation>
    </message>
    <message>
        <source>Still with the shopper</source>
        <translation>Aún con el cliente</translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation>Terminar la sesión…</translation>
    </message>
    <message>
        <source>End this shopper&apos;s session? Items in the bin stay recorded; the rest stay with the shopper.</source>
        <translation>¿Terminar la sesión de este cliente? Lo que está en el contenedor queda registrado; el resto se queda con el cliente.</translation>
    </message>
    <message>
        <source>Keep helping</source>
        <translation>Seguir atendiendo</translation>
    </message>
</context>
<context>
    <name>StaffSignInScreen</name>
    <message>
        <source>Maintenance mode</source>
        <translation>Modo mantenimiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter your PIN to sign in.</source>
        <translation>Introduzca su PIN para iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>SyncQueuePage</name>
    <message numerus="yes">
        <source>%n return(s) and %1 event(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n devolución y %1 evento(s) por enviar.</numerusform>
            <numerusform>%n devoluciones y %1 evento(s) por enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Refused by the backend (%1)</source>
        <translation>Rechazados por el servidor (%1)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Waiting to be sent (%1)</source>
        <translation>Por enviar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>próximo intento %1</translation>
    </message>
</context>
<context>
    <name>ToteManifestBuilder</name>
    <message>
        <source>Kiosk %1</source>
        <translation>Quiosco %1</translation>
    </message>
    <message>
        <source>Tote manifest</source>
        <translation>Manifiesto de caja</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Cerrada %1</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>Contenedor %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierta %1</translation>
    </message>
    <message>
        <source>Collected by (name and signature):</source>
        <translation>Recogido por (nombre y firma):</translation>
    </message>
    <message>
        <source>Bin %1, chute %2</source>
        <translation>Contenedor %1, ranura %2</translation>
    </message>
</context>
<context>
    <name>VariantScreen</name>
    <message>
        <source>In stock</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Checking stock…</source>
        <translation>Comprobando existencias…</translation>
    </message>
    <message>
        <source>Stock unknown</source>
        <translation>Existencias sin confirmar</translation>
    </message>
    <message>
        <source>Which one would you like instead?</source>
        <translation>¿Cuál prefieres a cambio?</translation>
    </message>
    <message>
        <source>%1 (item %2 of %3)</source>
        <translation>%1 (artículo %2 de %3)</translation>
    </message>
    <message>
        <source>yours: %1</source>
        <translation>el tuyo: %1</translation>
    </message>
    <message>
        <source>We can&apos;t check the store&apos;s stock right now, so we can&apos;t promise an exchange. You can take store credit instead, or go back and choose a refund.</source>
        <translation>Ahora mismo no podemos consultar las existencias de la tienda, así que no podemos garantizar el cambio. Puedes elegir saldo para la tienda, o volver y elegir un reembolso.</translation>
    </message>
    <message>
        <source>We can&apos;t check the store&apos;s stock right now, so we can&apos;t promise an exchange. Please go back and choose a refund.</source>
        <translation>Ahora mismo no podemos consultar las existencias de la tienda, así que no podemos garantizar el cambio. Vuelve atrás y elige un reembolso.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Store credit instead</source>
        <translation>Saldo para la tienda</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Confirm it&apos;s your order</source>
        <translation>Confirma que el pedido es tuyo</translation>
    </message>
    <message>
        <source>Type the ZIP code of the billing address for order %1.</source>
        <translation>Escribe el código postal de la dirección de facturación del pedido %1.</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the last 4 digits of the card you paid with for order %1.</source>
        <translation>Escribe los 4 últimos dígitos de la tarjeta con la que pagaste el pedido %1.</translation>
    </message>
    <message>
        <source>Last 4 digits of the card</source>
        <translation>Últimos 4 dígitos de la tarjeta</translation>
    </message>
</context>
<context>
    <name>kiosk::BinTotes</name>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 kg</source>
        <translation>%1 de %2 kg</translation>
    </message>
    <message>
        <source>Full (%1): empty it to take returns again</source>
        <translation>Lleno (%1): vacíelo para volver a aceptar devoluciones</translation>
    </message>
    <message>
        <source>Printing the manifest of tote %1…</source>
        <translation>Imprimiendo el manifiesto de la caja %1…</translation>
    </message>
    <message>
        <source>Tote %1: manifest printed. Put it in the tote and seal it.</source>
        <translation>Caja %1: manifiesto impreso. Póngalo en la caja y ciérrela.</translation>
    </message>
    <message>
        <source>Tote %1 is closed and recorded, but its manifest did not print. Check the printer&apos;s paper, then print it again.</source>
        <translation>La caja %1 está cerrada y registrada, pero su manifiesto no se imprimió. Revise el papel de la impresora y vuelva a imprimirlo.</translation>
    </message>
    <message>
        <source>Tote %1 couldn&apos;t be closed, so nothing changed. Please try again.</source>
        <translation>No se pudo cerrar la caja %1, así que nada ha cambiado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Out of service (%1): chute %2 does not answer. Check its power and cable, then run the chute self-test.</source>
        <translation>Fuera de servicio (%1): la ranura %2 no responde. Revise su alimentación y su cable y haga la autoprueba de la ranura.</translation>
    </message>
    <message>
        <source>Out of service (%1): chute %2 is jammed. Clear it, then run the chute self-test.</source>
        <translation>Fuera de servicio (%1): la ranura %2 está atascada. Despéjela y haga la autoprueba de la ranura.</translation>
    </message>
</context>
<context>
    <name>kiosk::DayAudit</name>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 inició sesión.</translation>
    </message>
    <message>
        <source>%1 signed out (%2).</source>
        <translation>%1 cerró sesión (%2).</translation>
    </message>
    <message>
        <source>Failed sign-in with badge %1 (%2).</source>
        <translation>Inicio de sesión fallido con la tarjeta %1 (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Sign-in locked on this kiosk.</source>
        <translation>Inicio de sesión bloqueado en este quiosco.</translation>
    </message>
    <message>
        <source>%1 approved &quot;%2&quot; for order %3.</source>
        <translation>%1 aprobó &quot;%2&quot; para el pedido %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 emptied bin %2: tote %3 with %n item(s).</source>
        <translation>
            <numerusform>%1 vació el contenedor %2: caja %3 con %n artículo.</numerusform>
            <numerusform>%1 vació el contenedor %2: caja %3 con %n artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of service: a bin is full.</source>
        <translation>Fuera de servicio: un contenedor está lleno.</translation>
    </message>
    <message>
        <source>Taken out of service by %1 (%2).</source>
        <translation>Puesto fuera de servicio por %1 (%2).</translation>
    </message>
    <message>
        <source>Back in service: the bin was emptied.</source>
        <translation>De nuevo en servicio: se vació el contenedor.</translation>
    </message>
    <message>
        <source>Put back in service by %1.</source>
        <translation>Puesto de nuevo en servicio por %1.</translation>
    </message>
    <message>
        <source>%1 works again.</source>
        <translation>%1 funciona de nuevo.</translation>
    </message>
    <message>
        <source>%1: fault.</source>
        <translation>%1: avería.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 put a refused entry back in the sync queue.</source>
        <translation>%1 volvió a poner un envío rechazado en la cola.</translation>
    </message>
    <message>
        <source>%1 exported refused entry %2.</source>
        <translation>%1 exportó el envío rechazado %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ran the self-test: every part passed.</source>
        <translation>%1 ejecutó la autoprueba: todas las piezas la superaron.</translation>
    </message>
    <message>
        <source>%1 ran the self-test: %2.</source>
        <translation>%1 ejecutó la autoprueba: %2.</translation>
    </message>
    <message>
        <source>%1 accepted a failed self-test: %2</source>
        <translation>%1 aceptó una autoprueba fallida: %2</translation>
    </message>
    <message>
        <source>%1 overrode &quot;%2&quot; (rule %3) for line %4 of order %5: %6.</source>
        <translation>%1 autorizó &quot;%2&quot; (regla %3) en la línea %4 del pedido %5: %6.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Out of service: no chute works.</source>
        <translation>Fuera de servicio: ninguna ranura funciona.</translation>
    </message>
    <message>
        <source>Back in service: a chute works again.</source>
        <translation>De nuevo en servicio: una ranura vuelve a funcionar.</translation>
    </message>
</context>
<context>
    <name>kiosk::DropoffRun</name>
    <message>
        <source>No problem: a colleague will check the item and put it in for you. Anything you already dropped in is recorded.</source>
        <translation>No pasa nada: un compañero revisará el artículo y lo depositará por ti. Lo que ya has depositado queda registrado.</translation>
    </message>
    <message>
        <source>The scanner isn&apos;t working, so the chute can&apos;t open. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation>El escáner no funciona, así que la trampilla no puede abrirse. Lo que ya has depositado está registrado. Un empleado te ayudará con el resto.</translation>
    </message>
    <message>
        <source>We didn&apos;t see the item go in. Please scan its tag again and put it in the open chute.</source>
        <translation>No hemos detectado el artículo. Escanea de nuevo su etiqueta y colócalo en la trampilla abierta.</translation>
    </message>
    <message>
        <source>The drop-off bin is full. Anything you already dropped in is recorded. A colleague will empty it and help you with the rest.</source>
        <translation>El contenedor está lleno. Lo que ya has depositado está registrado. Un empleado lo vaciará y te ayudará con el resto.</translation>
    </message>
    <message>
        <source>The drop-off chute isn&apos;t working right now. Anything you already dropped in is recorded. A colleague will help you with the rest.</source>
        <translation>La trampilla no funciona en este momento. Lo que ya depositaste está registrado. Un empleado te ayudará con el resto.</translation>
    </message>
    <message>
        <source>No problem: a colleague will help you with this item. Anything you already dropped in is recorded.</source>
        <translation>No pasa nada: un empleado te ayudará con este artículo. Lo que ya has depositado queda registrado.</translation>
    </message>
</context>
<context>
    <name>kiosk::ExchangeChoice</name>
    <message>
        <source>Size %1</source>
        <translation>Talla %1</translation>
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
        <translation>Eso no es un código de registro. Escanee el QR de registro de la hoja del comercio.</translation>
    </message>
    <message>
        <source>This enrolment QR is for another retailer: %1</source>
        <translation>Este QR de registro es de otro comercio: %1</translation>
    </message>
    <message>
        <source>The enrolment code could not be read: %1</source>
        <translation>No se pudo leer el código de registro: %1</translation>
    </message>
    <message>
        <source>A typed code needs the backend set in kiosk.json. Scan the enrolment QR instead.</source>
        <translation>Un código escrito necesita el servidor en kiosk.json. Escanee el QR de registro.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>El registro falló: %1</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data directory (%1): %2</source>
        <translation>El quiosco no puede escribir en su directorio de datos (%1): %2</translation>
    </message>
    <message>
        <source>Starting again with %1 to test its devices…</source>
        <translation>Reiniciando con %1 para probar sus dispositivos…</translation>
    </message>
    <message>
        <source>First boot cannot finish: %1 cannot be removed. Check the data directory&apos;s permissions.</source>
        <translation>El primer arranque no puede terminar: no se puede eliminar %1. Revise los permisos del directorio de datos.</translation>
    </message>
</context>
<context>
    <name>kiosk::FirstBootSelfTest</name>
    <message>
        <source>Some parts failed: fix them and run the self-test again, or accept the report with a reason.</source>
        <translation>Algunas piezas han fallado: repáralas y vuelve a ejecutar la autoprueba, o acepta el informe indicando el motivo.</translation>
    </message>
    <message numerus="yes">
        <source>Say why the kiosk may start with a failed part (at least %n characters).</source>
        <translation>
            <numerusform>Indica por qué el quiosco puede empezar con una pieza fallida (al menos %n carácter).</numerusform>
            <numerusform>Indica por qué el quiosco puede empezar con una pieza fallida (al menos %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The self-test could not be recorded (%1). Please try again.</source>
        <translation>No se pudo registrar la autoprueba (%1). Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>kiosk::HardwareSelection</name>
    <message>
        <source>(not answering)</source>
        <translation>(no responde)</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>no se puede usar: %1</translation>
    </message>
    <message>
        <source>no match rules: detection cannot check it</source>
        <translation>sin reglas de coincidencia: la detección no puede comprobarlo</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>No hardware profile fits the devices found. Check the cables and tap Look again.</source>
        <translation>Ningún perfil de hardware corresponde a los dispositivos encontrados. Revise los cables y toque Buscar de nuevo.</translation>
    </message>
    <message>
        <source>Still looking for devices. Wait a moment, then confirm.</source>
        <translation>Todavía se están buscando dispositivos. Espere un momento y confirme.</translation>
    </message>
    <message>
        <source>Pick a hardware profile first.</source>
        <translation>Elija primero un perfil de hardware.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>El perfil «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs %2, which was not found. Connect it and tap Look again, or pick another profile.</source>
        <translation>El perfil «%1» necesita %2, que no se encontró. Conéctelo y toque Buscar de nuevo, o elija otro perfil.</translation>
    </message>
    <message>
        <source>The hardware choice could not be saved: %1</source>
        <translation>No se pudo guardar el hardware elegido: %1</translation>
    </message>
</context>
<context>
    <name>kiosk::KioskHealth</name>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Sin papel</translation>
    </message>
    <message>
        <source>Load a new paper roll, then print a test page.</source>
        <translation>Pon un rollo de papel nuevo e imprime una página de prueba.</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Check that the printer is switched on and its cable is in, then print a test page.</source>
        <translation>Comprueba que la impresora está encendida y conectada, e imprime una página de prueba.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Chute lock</source>
        <translation>Cierre de la trampilla</translation>
    </message>
    <message>
        <source>Jammed</source>
        <translation>Atascada</translation>
    </message>
    <message>
        <source>Clear the chute, then run the chute self-test.</source>
        <translation>Despeja la trampilla y haz la prueba de la trampilla.</translation>
    </message>
    <message>
        <source>The bin under the chute is full</source>
        <translation>El contenedor bajo la trampilla está lleno</translation>
    </message>
    <message>
        <source>Empty the bin.</source>
        <translation>Vacía el contenedor.</translation>
    </message>
    <message>
        <source>An item was not sensed</source>
        <translation>No se detectó un artículo</translation>
    </message>
    <message>
        <source>Look for an item stuck in the chute, then run the chute self-test.</source>
        <translation>Busca un artículo atascado en la trampilla y haz la prueba de la trampilla.</translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s power and cable, then run the chute self-test.</source>
        <translation>Comprueba la alimentación y el cable del cierre, y haz la prueba de la trampilla.</translation>
    </message>
    <message>
        <source>Closed and locked</source>
        <translation>Cerrada y bloqueada</translation>
    </message>
    <message>
        <source>camera ready</source>
        <translation>cámara lista</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>sin cámara</translation>
    </message>
    <message>
        <source>Scanner and camera</source>
        <translation>Escáner y cámara</translation>
    </message>
    <message>
        <source>No scanner fitted; %1</source>
        <translation>Sin escáner; %1</translation>
    </message>
    <message>
        <source>Shoppers can only type their order number.</source>
        <translation>Los clientes solo pueden escribir su número de pedido.</translation>
    </message>
    <message>
        <source>Scanner unplugged; %1</source>
        <translation>Escáner desconectado; %1</translation>
    </message>
    <message>
        <source>Plug the scanner back in. Meanwhile shoppers type their order number, and items can&apos;t go through the chute.</source>
        <translation>Vuelve a conectar el escáner. Mientras tanto los clientes escriben su número de pedido y no pueden entrar artículos por la trampilla.</translation>
    </message>
    <message>
        <source>Scanner connected; %1</source>
        <translation>Escáner conectado; %1</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <source>Check the scale&apos;s cable and power.</source>
        <translation>Comprueba el cable y la alimentación de la báscula.</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <translation>Sobrecargada</translation>
    </message>
    <message>
        <source>Take the heavy item off the scale; empty the bin if it is full.</source>
        <translation>Quita el artículo pesado de la báscula; vacía el contenedor si está lleno.</translation>
    </message>
    <message>
        <source>Not fitted</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <source>Reading %1 g</source>
        <translation>Marca %1 g</translation>
    </message>
    <message>
        <source>Indicator light</source>
        <translation>Luz indicadora</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <source>Ready (green)</source>
        <translation>Lista (verde)</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <source>Calling a colleague</source>
        <translation>Llamando a un compañero</translation>
    </message>
    <message>
        <source>Showing a fault</source>
        <translation>Muestra una avería</translation>
    </message>
    <message>
        <source>Network and backend</source>
        <translation>Red y servidor</translation>
    </message>
    <message>
        <source>No backend set up</source>
        <translation>Sin servidor configurado</translation>
    </message>
    <message>
        <source>Returns are kept on this kiosk. Ask IT to set the backend in kiosk.json.</source>
        <translation>Las devoluciones se guardan en este quiosco. Pide a informática que configure el servidor en kiosk.json.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected, last contact %1</source>
        <translation>Conectado, último contacto %1</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Never reached the backend</source>
        <translation>Nunca ha llegado al servidor</translation>
    </message>
    <message>
        <source>Check the store network. Returns are kept here and sent when the backend answers.</source>
        <translation>Comprueba la red de la tienda. Las devoluciones se guardan aquí y se envían cuando el servidor responda.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>Cola de sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the backend</source>
        <translation>
            <numerusform>%n rechazado por el servidor</numerusform>
            <numerusform>%n rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the sync view to see why and retry or export them.</source>
        <translation>Abre la vista de sincronización para ver el motivo y reintentar o exportar.</translation>
    </message>
    <message>
        <source>the oldest since %1</source>
        <translation>el más antiguo desde %1</translation>
    </message>
    <message>
        <source>Check the network and backend; use &quot;Sync now&quot; once it is back.</source>
        <translation>Comprueba la red y el servidor; usa «Sincronizar ahora» cuando vuelva.</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Todo enviado</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Ask IT to check the kiosk&apos;s data folder.</source>
        <translation>Pide a informática que revise la carpeta de datos del quiosco.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>Almost full: the kiosk will soon refuse returns. Ask IT to free space.</source>
        <translation>Casi lleno: el quiosco pronto rechazará devoluciones. Pide a informática que libere espacio.</translation>
    </message>
    <message>
        <source>Getting low. Ask IT to free space.</source>
        <translation>Queda poco. Pide a informática que libere espacio.</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Política de devoluciones</translation>
    </message>
    <message>
        <source>None: returns are refused</source>
        <translation>Ninguna: se rechazan las devoluciones</translation>
    </message>
    <message>
        <source>Connect the kiosk to the backend to receive the policy.</source>
        <translation>Conecta el quiosco al servidor para recibir la política.</translation>
    </message>
    <message>
        <source>%1 version %2, issued %3</source>
        <translation>%1 versión %2, emitida %3</translation>
    </message>
    <message>
        <source>Order cache</source>
        <translation>Caché de pedidos</translation>
    </message>
    <message>
        <source>Never updated from the backend</source>
        <translation>Nunca actualizada desde el servidor</translation>
    </message>
    <message>
        <source>Check the network and backend.</source>
        <translation>Comprueba la red y el servidor.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizada %1</translation>
    </message>
    <message numerus="yes">
        <source>Older than the policy&apos;s %n hour(s): offline returns are limited. Check the network.</source>
        <translation>
            <numerusform>Más antigua que la %n hora de la política: las devoluciones sin conexión están limitadas. Comprueba la red.</numerusform>
            <numerusform>Más antigua que las %n horas de la política: las devoluciones sin conexión están limitadas. Comprueba la red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::MaintenanceSelfTest</name>
    <message>
        <source>The kiosk is out of service for drop-off: %1. Put it back in service once the chute works.</source>
        <translation>El quiosco está fuera de servicio para depositar artículos: %1. Vuelve a ponerlo en servicio cuando la trampilla funcione.</translation>
    </message>
    <message>
        <source>The self-test could not be recorded. Please run it again.</source>
        <translation>No se pudo registrar la autoprueba. Vuelve a ejecutarla.</translation>
    </message>
    <message>
        <source>%1. Its bins take no returns until it passes the self-test; the other bins still do.</source>
        <translation>%1. Sus contenedores no reciben devoluciones hasta que supere la autoprueba; los demás sí.</translation>
    </message>
</context>
<context>
    <name>kiosk::OrderDesk</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo de tienda</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Sign in first to look up an order.</source>
        <translation>Identifíquese primero para buscar un pedido.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s e-mail address.</source>
        <translation>Escriba el correo electrónico del cliente.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>Escriba el teléfono del cliente.</translation>
    </message>
    <message>
        <source>That is not a complete e-mail address (name@example.com).</source>
        <translation>No es un correo electrónico completo (nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>That is not a phone number: 7 to 15 digits, with spaces, dashes or a leading +.</source>
        <translation>No es un número de teléfono: de 7 a 15 cifras, con espacios, guiones o un + inicial.</translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this e-mail address.</source>
        <translation>Ningún pedido de este quiosco tiene este correo electrónico.</translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this phone number.</source>
        <translation>Ningún pedido de este quiosco tiene este número de teléfono.</translation>
    </message>
    <message>
        <source>%1, placed %2</source>
        <translation>%1, realizado el %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) fit: choose one.</source>
        <translation>
            <numerusform>%n pedido encaja: elíjalo.</numerusform>
            <numerusform>%n pedidos encajan: elija uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to look up by: order, e-mail or phone.</source>
        <translation>Elija cómo buscar: pedido, correo electrónico o teléfono.</translation>
    </message>
    <message>
        <source>Type or scan the order number or the receipt barcode.</source>
        <translation>Escriba o escanee el número de pedido o el código del ticket.</translation>
    </message>
    <message>
        <source>No order in this kiosk&apos;s orders has this receipt.</source>
        <translation>Ningún pedido de este quiosco corresponde a este ticket.</translation>
    </message>
    <message>
        <source>That is neither an order number nor a receipt barcode.</source>
        <translation>No es un número de pedido ni un código de ticket.</translation>
    </message>
    <message>
        <source>No order %1 in this kiosk&apos;s orders.</source>
        <translation>No hay ningún pedido %1 en este quiosco.</translation>
    </message>
    <message>
        <source>No return policy is loaded, so no order can be judged.</source>
        <translation>No hay ninguna política de devoluciones cargada, así que no se puede valorar ningún pedido.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No e-mail or phone on file</source>
        <translation>Sin correo ni teléfono registrados</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Nivel de fidelidad</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Autorizado: %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Needs a colleague&apos;s approval</source>
        <translation>Necesita la aprobación de un compañero</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Se puede devolver</translation>
    </message>
    <message>
        <source>%1 bought, %2 returned</source>
        <translation>%1 comprados, %2 devueltos</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Reglas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s), %2, return %3</source>
        <translation>
            <numerusform>%1: %n unidad, %2, devolución %3</numerusform>
            <numerusform>%1: %n unidades, %2, devolución %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first to override an item.</source>
        <translation>Identifíquese primero para autorizar un artículo.</translation>
    </message>
    <message>
        <source>Find the order first.</source>
        <translation>Busque primero el pedido.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>El pedido %1 no tiene línea %2.</translation>
    </message>
    <message>
        <source>This item is already overridden.</source>
        <translation>Este artículo ya está autorizado.</translation>
    </message>
    <message>
        <source>This item can go back without an override.</source>
        <translation>Este artículo se puede devolver sin autorización.</translation>
    </message>
    <message>
        <source>Every unit of this item is already returned: there is nothing to override.</source>
        <translation>Todas las unidades de este artículo ya están devueltas: no hay nada que autorizar.</translation>
    </message>
    <message>
        <source>This item&apos;s drop-off chute is out of service, so no override can take it here. Take the item at the service desk.</source>
        <translation>La ranura de entrega de este artículo está fuera de servicio, así que ninguna autorización permite recibirlo aquí. Recójalo en el mostrador de atención.</translation>
    </message>
    <message>
        <source>The store&apos;s return policy lists no override reasons, so no item can be overridden.</source>
        <translation>La política de devoluciones de la tienda no incluye motivos de autorización, así que no se puede autorizar ningún artículo.</translation>
    </message>
    <message>
        <source>Choose a reason for the override.</source>
        <translation>Elija un motivo para la autorización.</translation>
    </message>
    <message>
        <source>That reason is not on the store&apos;s override list.</source>
        <translation>Ese motivo no está en la lista de autorizaciones de la tienda.</translation>
    </message>
    <message>
        <source>Keep the note to %1 characters.</source>
        <translation>La nota no puede superar los %1 caracteres.</translation>
    </message>
    <message>
        <source>The override could not be recorded, so it does not count. Please try again.</source>
        <translation>No se pudo registrar la autorización, así que no cuenta. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Override recorded for %1.</source>
        <translation>Autorización registrada para %1.</translation>
    </message>
    <message>
        <source>Sign in first to start a return.</source>
        <translation>Identifíquese primero para iniciar una devolución.</translation>
    </message>
    <message>
        <source>No item of this order can go back: override one first, or send the shopper to the service desk.</source>
        <translation>Ningún artículo de este pedido se puede devolver: autorice uno primero o envíe al cliente al mostrador de atención.</translation>
    </message>
</context>
<context>
    <name>kiosk::OrderIntake</name>
    <message>
        <source>We can&apos;t find order %1. Please check the number on your order confirmation.</source>
        <translation>No encontramos el pedido %1. Comprueba el número en la confirmación del pedido.</translation>
    </message>
    <message>
        <source>We can&apos;t reach our order system to look up order %1 right now. A colleague at the service desk can help.</source>
        <translation>Ahora mismo no podemos conectar con nuestro sistema de pedidos para buscar el pedido %1. Un empleado en el mostrador de atención te ayudará.</translation>
    </message>
    <message>
        <source>This kiosk can&apos;t take returns right now. Please ask a colleague.</source>
        <translation>Este quiosco no puede aceptar devoluciones ahora. Pide ayuda a un empleado.</translation>
    </message>
    <message>
        <source>We can&apos;t find the order for this receipt. Please type the order number printed on it, or ask a colleague.</source>
        <translation>No encontramos el pedido de este ticket. Escribe el número de pedido impreso en él o pide ayuda a un empleado.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match order %1. Please check the ZIP code of the billing address and try again. Tries left: %2.</source>
        <translation>No coincide con el pedido %1. Comprueba el código postal de la dirección de facturación e inténtalo de nuevo. Intentos restantes: %2.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm order %1 here. A colleague can look it up for you.</source>
        <translation>No hemos podido confirmar el pedido %1 aquí. Un empleado puede buscarlo por ti.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm order %1 here. A colleague can look it up for you, or you can try again after %2.</source>
        <translation>No hemos podido confirmar el pedido %1 aquí. Un empleado puede buscarlo por ti, o puedes intentarlo de nuevo después de las %2.</translation>
    </message>
    <message>
        <source>That code is too long to be one of ours. Please type your order number instead.</source>
        <translation>Ese código es demasiado largo para ser nuestro. Escribe tu número de pedido.</translation>
    </message>
    <message>
        <source>This return code expired on %1. You can still type your order number.</source>
        <translation>Este código de devolución caducó el %1. Aún puedes escribir tu número de pedido.</translation>
    </message>
    <message>
        <source>This return code is for another store. Please use that store&apos;s returns.</source>
        <translation>Este código de devolución es de otra tienda. Usa las devoluciones de esa tienda.</translation>
    </message>
    <message>
        <source>We couldn&apos;t verify this return code. Please type your order number instead.</source>
        <translation>No hemos podido verificar este código de devolución. Escribe tu número de pedido.</translation>
    </message>
    <message>
        <source>Order numbers look like %1100001. Please check the number and try again.</source>
        <translation>Los números de pedido son como %1100001. Comprueba el número e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>We couldn&apos;t read that code. Scan the return code from your e-mail or receipt, or type your order number.</source>
        <translation>No hemos podido leer ese código. Escanea el código de devolución de tu correo o ticket, o escribe tu número de pedido.</translation>
    </message>
    <message>
        <source>This return code has already been used. If something is missing, please ask a colleague.</source>
        <translation>Este código de devolución ya se ha usado. Si falta algo, pide ayuda a un empleado.</translation>
    </message>
    <message>
        <source>That&apos;s a product barcode. Please scan the return code from your e-mail or receipt instead.</source>
        <translation>Eso es el código de un producto. Escanea el código de devolución de tu correo o ticket.</translation>
    </message>
    <message>
        <source>Staff codes are used in maintenance mode, not here.</source>
        <translation>Los códigos de personal se usan en modo mantenimiento, no aquí.</translation>
    </message>
    <message>
        <source>Looking up order %1…</source>
        <translation>Buscando el pedido %1…</translation>
    </message>
    <message>
        <source>This kiosk is already enrolled. To enrol it again, a technician resets it first.</source>
        <translation>Este quiosco ya está registrado. Para registrarlo de nuevo, un técnico debe restablecerlo antes.</translation>
    </message>
    <message>
        <source>That doesn&apos;t match order %1. Please check the last 4 digits of the card you paid with and try again. Tries left: %2.</source>
        <translation>No coincide con el pedido %1. Comprueba los 4 últimos dígitos de la tarjeta con la que pagaste y vuelve a intentarlo. Intentos restantes: %2.</translation>
    </message>
</context>
<context>
    <name>kiosk::ReturnChoice</name>
    <message>
        <source>This item can&apos;t be returned here.</source>
        <translation>Este artículo no se puede devolver aquí.</translation>
    </message>
    <message>
        <source>This item isn&apos;t on your return code. Type your order number to return it.</source>
        <translation>Este artículo no está en tu código de devolución. Escribe tu número de pedido para devolverlo.</translation>
    </message>
    <message numerus="yes">
        <source>Your return code covers %n of these.</source>
        <translation>
            <numerusform>Tu código de devolución cubre %n de estos.</numerusform>
            <numerusform>Tu código de devolución cubre %n de estos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ReturnSession</name>
    <message>
        <source>Order %1 can&apos;t be returned here. %2 A colleague at the service desk can help.</source>
        <translation>El pedido %1 no se puede devolver aquí. %2 Un empleado en el mostrador de atención te ayudará.</translation>
    </message>
    <message>
        <source>Your items are safe in the kiosk, but we couldn&apos;t save the return. Please show this screen to a colleague.</source>
        <translation>Tus artículos están seguros en el quiosco, pero no pudimos guardar la devolución. Enseña esta pantalla a un empleado.</translation>
    </message>
    <message>
        <source>A colleague needs to check the %1 before it can go back.</source>
        <translation>Un empleado tiene que revisar el artículo «%1» antes de aceptarlo.</translation>
    </message>
    <message>
        <source>The %1 can&apos;t be returned in this condition.</source>
        <translation>«%1» no se puede devolver en este estado.</translation>
    </message>
    <message>
        <source>Please finish or cancel this return first, then scan the next code.</source>
        <translation>Termina o cancela primero esta devolución y luego escanea el siguiente código.</translation>
    </message>
</context>
<context>
    <name>kiosk::SelfTestRunner</name>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Chute</source>
        <translation>Trampilla</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>Scanner and camera</source>
        <translation>Escáner y cámara</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>%1: skipped on request</source>
        <translation>%1: omitida a petición</translation>
    </message>
    <message>
        <source>%1: none in this hardware profile</source>
        <translation>%1: no hay en este perfil de hardware</translation>
    </message>
    <message>
        <source>%1: none configured</source>
        <translation>%1: ninguno configurado</translation>
    </message>
    <message>
        <source>Printer: printed the test page</source>
        <translation>Impresora: imprimió la página de prueba</translation>
    </message>
    <message>
        <source>Printer: no paper</source>
        <translation>Impresora: sin papel</translation>
    </message>
    <message>
        <source>Load a new paper roll and close the printer&apos;s cover.</source>
        <translation>Coloca un rollo de papel nuevo y cierra la tapa de la impresora.</translation>
    </message>
    <message>
        <source>Printer: offline</source>
        <translation>Impresora: desconectada</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and its cable, and that its cover is closed.</source>
        <translation>Comprueba la alimentación y el cable de la impresora, y que la tapa esté cerrada.</translation>
    </message>
    <message>
        <source>Printer: busy printing</source>
        <translation>Impresora: ocupada imprimiendo</translation>
    </message>
    <message>
        <source>Wait for the receipt to finish, then run the self-test again.</source>
        <translation>Espera a que termine el recibo y vuelve a ejecutar la autoprueba.</translation>
    </message>
    <message>
        <source>Chute: opened and closed</source>
        <translation>Trampilla: se abrió y se cerró</translation>
    </message>
    <message>
        <source>Listen for the lock&apos;s click; check its power and that nothing holds the flap shut.</source>
        <translation>Escucha el clic del cierre; comprueba su alimentación y que nada mantenga la trampilla cerrada.</translation>
    </message>
    <message>
        <source>Check the chute lock&apos;s cable and power.</source>
        <translation>Comprueba el cable y la alimentación del cierre de la trampilla.</translation>
    </message>
    <message>
        <source>Scale: reads %1 kg</source>
        <translation>Báscula: marca %1 kg</translation>
    </message>
    <message>
        <source>Scale: overloaded</source>
        <translation>Báscula: sobrecargada</translation>
    </message>
    <message>
        <source>Take the heavy item off the scale; empty the bin if it is full.</source>
        <translation>Quita el artículo pesado de la báscula; vacía el contenedor si está lleno.</translation>
    </message>
    <message>
        <source>Scale: not answering</source>
        <translation>Báscula: no responde</translation>
    </message>
    <message>
        <source>Check the scale&apos;s cable and power.</source>
        <translation>Comprueba el cable y la alimentación de la báscula.</translation>
    </message>
    <message>
        <source>Light: cannot be switched on (%1)</source>
        <translation>Luz: no se puede encender (%1)</translation>
    </message>
    <message>
        <source>Check the light&apos;s cable to the kiosk&apos;s controller.</source>
        <translation>Comprueba el cable de la luz al controlador del quiosco.</translation>
    </message>
    <message>
        <source>Scanner: not connected</source>
        <translation>Escáner: no conectado</translation>
    </message>
    <message>
        <source>Check the scanner&apos;s USB cable; unplug it and plug it in again.</source>
        <translation>Comprueba el cable USB del escáner; desconéctalo y vuelve a conectarlo.</translation>
    </message>
    <message>
        <source>%1: read the test code</source>
        <translation>%1: leyó el código de prueba</translation>
    </message>
    <message>
        <source>Backend: %1 answers</source>
        <translation>Servidor: %1 responde</translation>
    </message>
    <message>
        <source>Backend: cannot be reached</source>
        <translation>Servidor: no se puede acceder</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi and that %1 can be reached (%2).</source>
        <translation>Comprueba el cable de red o la wifi y que se pueda acceder a %1 (%2).</translation>
    </message>
    <message>
        <source>Backend: answered with error %1</source>
        <translation>Servidor: respondió con el error %1</translation>
    </message>
    <message>
        <source>The network works, but the backend has a problem: tell the retailer&apos;s help desk.</source>
        <translation>La red funciona, pero el servidor tiene un problema: avisa al servicio de asistencia del comercio.</translation>
    </message>
    <message numerus="yes">
        <source>Printer: did not finish the test page within %n s</source>
        <translation>
            <numerusform>Impresora: no terminó la página de prueba en %n s</numerusform>
            <numerusform>Impresora: no terminó la página de prueba en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and its cable.</source>
        <translation>Comprueba la alimentación y el cable de la impresora.</translation>
    </message>
    <message>
        <source>Look for something stuck in the flap; check the flap switch and its cable.</source>
        <translation>Busca algo atascado en la trampilla; comprueba el interruptor de la trampilla y su cable.</translation>
    </message>
    <message numerus="yes">
        <source>Scale: no reading within %n s</source>
        <translation>
            <numerusform>Báscula: sin lectura en %n s</numerusform>
            <numerusform>Báscula: sin lectura en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Light: flashed</source>
        <translation>Luz: parpadeó</translation>
    </message>
    <message>
        <source>If it did not blink, check the light&apos;s cable and lamp.</source>
        <translation>Si no parpadeó, comprueba el cable y la lámpara de la luz.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no code read within %n s</source>
        <translation>
            <numerusform>%1: no leyó ningún código en %n s</numerusform>
            <numerusform>%1: no leyó ningún código en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold the self-test page&apos;s barcode 10 to 20 cm from the scanner or camera; clean its window.</source>
        <translation>Sostén el código de barras de la página de prueba a 10-20 cm del escáner o de la cámara; limpia su ventana.</translation>
    </message>
    <message numerus="yes">
        <source>Backend: no answer within %n s</source>
        <translation>
            <numerusform>Servidor: sin respuesta en %n s</numerusform>
            <numerusform>Servidor: sin respuesta en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi and the firewall.</source>
        <translation>Comprueba el cable de red o la wifi y el cortafuegos.</translation>
    </message>
    <message>
        <source>Self-test page</source>
        <translation>Página de autoprueba</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Hardware profile</source>
        <translation>Perfil de hardware</translation>
    </message>
    <message>
        <source>Scan the barcode above when the self-test asks for it.</source>
        <translation>Escanea el código de barras de arriba cuando la autoprueba lo pida.</translation>
    </message>
    <message>
        <source>Self-test report</source>
        <translation>Informe de autoprueba</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>Every part passed.</source>
        <translation>Todas las piezas han superado la prueba.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) failed.</source>
        <translation>
            <numerusform>%n pieza ha fallado.</numerusform>
            <numerusform>%n piezas han fallado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Chute %1</source>
        <translation>Ranura %1</translation>
    </message>
    <message numerus="yes">
        <source>Chutes: each of the %n opened and closed</source>
        <translation>
            <numerusform>Ranuras: la única se abrió y se cerró</numerusform>
            <numerusform>Ranuras: las %n se abrieron y se cerraron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: did not open within %n s</source>
        <translation>
            <numerusform>%1: no se abrió en %n s</numerusform>
            <numerusform>%1: no se abrió en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the lock does not answer</source>
        <translation>%1: el cierre no responde</translation>
    </message>
    <message numerus="yes">
        <source>%1: did not report closed within %n s</source>
        <translation>
            <numerusform>%1: no indicó que estaba cerrada en %n s</numerusform>
            <numerusform>%1: no indicó que estaba cerrada en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::StaffSignIn</name>
    <message>
        <source>This badge can&apos;t sign in at this kiosk. Ask your store manager to add it.</source>
        <translation>Esta tarjeta no puede entrar en este quiosco. Pide a tu responsable que la añada.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for badge %1. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos para la tarjeta %1. Inténtalo de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos para la tarjeta %1. Inténtalo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins at this kiosk. The keypad is locked for %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos en este quiosco. El teclado está bloqueado %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos en este quiosco. El teclado está bloqueado %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in couldn&apos;t be saved, so nothing changed. Please try again.</source>
        <translation>No se pudo guardar el inicio de sesión, así que nada ha cambiado. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>kiosk::StaffTakeover</name>
    <message>
        <source>The override couldn&apos;t be saved, so nothing changed. Please try again.</source>
        <translation>No se pudo guardar la aprobación, así que no ha cambiado nada. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>kiosk::SyncQueue</name>
    <message>
        <source>Return %1</source>
        <translation>Devolución %1</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot;</source>
        <translation>Evento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Last in touch with the backend at %1.</source>
        <translation>Último contacto con el servidor a las %1.</translation>
    </message>
    <message>
        <source>Not yet in touch with the backend since the kiosk started.</source>
        <translation>Aún sin contacto con el servidor desde que arrancó el quiosco.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>That entry could not be put back in the queue: %1</source>
        <translation>No se pudo volver a poner en la cola: %1</translation>
    </message>
    <message>
        <source>Put back in the queue: it is sent with the next sync.</source>
        <translation>De nuevo en la cola: se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled: there is nothing to sign the export with.</source>
        <translation>Este quiosco no está registrado: no hay con qué firmar la exportación.</translation>
    </message>
    <message>
        <source>That entry is no longer a dead letter.</source>
        <translation>Ese envío ya no está rechazado.</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>No se pudo escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
</TS>
