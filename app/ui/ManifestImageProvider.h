#pragma once

#include "BinTotes.h"
#include "printer/ReceiptRenderer.h"

#include <QQuickImageProvider>

/// `image://manifest/<tote id>`: a closed tote's manifest as it prints, for the maintenance home's
/// preview (ReceiptRenderer's preview of the same layout). Called on the GUI thread (not asynchronous).
class ManifestImageProvider : public QQuickImageProvider
{
public:
    explicit ManifestImageProvider(kiosk::BinTotes &totes)
        : QQuickImageProvider(QQuickImageProvider::Image)
        , m_totes(totes)
    { }

    QImage requestImage(const QString &id, QSize *size, const QSize &) override
    {
        const std::optional<kiosk::drivers::Receipt> manifest = m_totes.manifest(id);
        const QImage image = manifest ? kiosk::drivers::ReceiptRenderer().preview(*manifest) : QImage();
        if (size)
            *size = image.size();
        return image;
    }

private:
    kiosk::BinTotes &m_totes;
};
