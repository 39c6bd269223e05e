#pragma once

#include "Receipt.h"

#include <QByteArray>
#include <QImage>

namespace kiosk::drivers {

/// Lays a Receipt out once, in printer columns, and renders that one layout two ways: ESC/POS
/// bytes for the printer and a QImage preview of the paper (for tests, the staff screen and the
/// on-screen fallback) drawn with QPainter, with the same line breaks and a real, scannable QR.
class ReceiptRenderer
{
public:
    /// 80 mm paper: 576 dots, 48 columns of font A (12 dots each).
    static constexpr int PaperDots = 576;
    static constexpr int Columns = 48;
    static constexpr int QrModuleDots = 6;
    static constexpr int BarcodeModuleDots = 2;
    static constexpr int BarcodeHeightDots = 80;

    explicit ReceiptRenderer(int columns = Columns);

    QByteArray escPos(const Receipt &receipt) const;
    QImage preview(const Receipt &receipt) const;
    /// The QR on its own, `moduleDots` pixels per module with a four-module quiet zone; null for an
    /// empty or too long text. Used by the preview and by the screen when the printer is down.
    static QImage qrImage(const QString &text, int moduleDots);
    /// A Code 128 of `text`, `moduleDots` per module, `heightDots` tall, with a ten-module quiet zone
    /// each side; null for an empty text or one that is not printable ASCII.
    static QImage code128Image(const QString &text, int moduleDots, int heightDots);

    /// "text ....... amount" in `columns`; long text wraps, the amount stays on the last line.
    static QStringList columnLines(const Receipt::Line &line, int columns);
    /// Word-wraps text to lines of at most `columns` characters.
    static QStringList wrap(const QString &text, int columns);

private:
    struct Block
    {
        enum class Kind { Text, Rule, Qr, Barcode, Gap };
        Kind kind = Kind::Text;
        QString text;
        bool bold = false;
        bool large = false;
        bool centered = false;
    };
    QList<Block> layout(const Receipt &receipt) const;

    int m_columns;
};

} // namespace kiosk::drivers
