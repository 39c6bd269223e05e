#pragma once

#include "printer/ReceiptRenderer.h"

#include <QQuickImageProvider>
#include <QUrl>

/// `image://receiptqr/<percent-encoded URL>`: the e-receipt QR the done screen shows when the
/// printer is down, drawn by the same code as the printed receipt's preview.
class ReceiptQrImageProvider : public QQuickImageProvider
{
public:
    ReceiptQrImageProvider()
        : QQuickImageProvider(QQuickImageProvider::Image)
    { }

    QImage requestImage(const QString &id, QSize *size, const QSize &) override
    {
        const QImage image
            = kiosk::drivers::ReceiptRenderer::qrImage(QUrl::fromPercentEncoding(id.toUtf8()), 5);
        if (size)
            *size = image.size();
        return image;
    }
};
