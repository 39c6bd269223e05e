#include "ReceiptRenderer.h"

#include "EscPosEncoder.h"

#include <QFont>
#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

namespace {
constexpr int LineDots = 30; ///< font A line pitch: 24 dots glyph + 6 spacing
constexpr int MarginDots = 16;
constexpr int QrQuietModules = 4;
} // namespace

ReceiptRenderer::ReceiptRenderer(int columns)
    : m_columns(columns)
{ }

QStringList ReceiptRenderer::wrap(const QString &text, int columns)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString rest = word;
        while (rest.size() > columns) { // a word longer than a line: hard break
            if (!current.isEmpty())
                lines.append(std::exchange(current, {}));
            lines.append(rest.left(columns));
            rest = rest.mid(columns);
        }
        if (current.isEmpty())
            current = rest;
        else if (current.size() + 1 + rest.size() <= columns)
            current += u' ' + rest;
        else
            lines.append(std::exchange(current, rest));
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines.append(current);
    return lines;
}

QStringList ReceiptRenderer::columnLines(const Receipt::Line &line, int columns)
{
    const int amountWidth = int(line.amount.size());
    QStringList lines = wrap(line.text, columns - amountWidth - 1);
    QString &last = lines.last();
    last = last + QString(columns - int(last.size()) - amountWidth, u' ') + line.amount;
    return lines;
}

QList<ReceiptRenderer::Block> ReceiptRenderer::layout(const Receipt &r) const
{
    using Kind = Block::Kind;
    QList<Block> blocks;
    auto add = [&blocks](Block b) { blocks.append(std::move(b)); };
    const int largeColumns = m_columns / 2;
    for (const QString &l : wrap(r.retailer, largeColumns))
        add({ Kind::Text, l, true, true, true });
    for (const QString &store : r.storeLines)
        for (const QString &l : wrap(store, m_columns))
            add({ Kind::Text, l, false, false, true });
    add({ Kind::Gap, {} });
    add({ Kind::Text, r.title, true, false, true });
    add({ Kind::Text, r.returnIdLabel + u' ' + r.returnId, false, false, true });
    add({ Kind::Text, r.dateTime, false, false, true });
    if (!r.barcode.isEmpty()) {
        add({ Kind::Gap, {} });
        add({ Kind::Barcode, r.barcode });
        add({ Kind::Text, r.barcode, false, false, true });
    }
    add({ Kind::Rule, {} });
    for (const Receipt::Line &item : r.items)
        for (const QString &l : columnLines(item, m_columns))
            add({ Kind::Text, l });
    add({ Kind::Rule, {} });
    for (const QString &l : wrap(r.resolution, m_columns))
        add({ Kind::Text, l, true });
    for (const Receipt::Line &total : r.totals)
        for (const QString &l : columnLines(total, m_columns))
            add({ Kind::Text, l, true });
    if (!r.qrUrl.isEmpty()) {
        add({ Kind::Gap, {} });
        add({ Kind::Qr, r.qrUrl });
        for (const QString &l : wrap(r.qrCaption, m_columns))
            add({ Kind::Text, l, false, false, true });
    }
    if (!r.footer.isEmpty())
        add({ Kind::Gap, {} });
    for (const QString &footer : r.footer)
        for (const QString &l : wrap(footer, m_columns))
            add({ Kind::Text, l, false, false, true });
    if (!r.signatureLabel.isEmpty()) {
        add({ Kind::Gap, {} });
        for (const QString &l : wrap(r.signatureLabel, m_columns))
            add({ Kind::Text, l });
        add({ Kind::Gap, {} });
        add({ Kind::Gap, {} });
        add({ Kind::Text, QString(m_columns, u'_') });
    }
    return blocks;
}

QByteArray ReceiptRenderer::escPos(const Receipt &receipt) const
{
    using Align = EscPosEncoder::Alignment;
    EscPosEncoder e;
    e.initialize();
    for (const Block &b : layout(receipt)) {
        switch (b.kind) {
        case Block::Kind::Text:
            e.align(b.centered ? Align::Center : Align::Left).bold(b.bold);
            if (b.large)
                e.textSize(2, 2).line(b.text).textSize(1, 1);
            else
                e.line(b.text);
            e.bold(false);
            break;
        case Block::Kind::Rule:
            e.align(Align::Left).line(QString(m_columns, u'-'));
            break;
        case Block::Kind::Qr:
            e.align(Align::Center).qrCode(b.text.toUtf8(), QrModuleDots).line();
            break;
        case Block::Kind::Barcode: // its text is the next block
            e.align(Align::Center).code128(b.text.toLatin1(), BarcodeModuleDots, BarcodeHeightDots).line();
            break;
        case Block::Kind::Gap:
            e.line();
            break;
        }
    }
    return e.align(Align::Left).cut().bytes();
}

QImage ReceiptRenderer::qrImage(const QString &text, int moduleDots)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.size() > EscPosEncoder::MaxQrBytes / 4)
        return {};
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(0).setEccLevel(1);
    const ZXing::BitMatrix matrix = writer.encode(utf8.toStdString(), 0, 0);
    const int size = (matrix.width() + 2 * QrQuietModules) * moduleDots;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            if (matrix.get(x, y))
                p.fillRect((x + QrQuietModules) * moduleDots, (y + QrQuietModules) * moduleDots, moduleDots,
                    moduleDots, Qt::black);
    return image;
}

QImage ReceiptRenderer::code128Image(const QString &text, int moduleDots, int heightDots)
{
    constexpr int QuietModules = 10;
    const bool printable = std::all_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (text.isEmpty() || !printable || text.size() > EscPosEncoder::MaxCode128Bytes)
        return {};
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
    writer.setMargin(0);
    const ZXing::BitMatrix bars = writer.encode(text.toStdString(), 0, 1);
    QImage image((bars.width() + 2 * QuietModules) * moduleDots, heightDots, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int x = 0; x < bars.width(); ++x)
        if (bars.get(x, 0))
            p.fillRect((x + QuietModules) * moduleDots, 0, moduleDots, heightDots, Qt::black);
    return image;
}

QImage ReceiptRenderer::preview(const Receipt &receipt) const
{
    const QList<Block> blocks = layout(receipt);
    const int columnDots = (PaperDots - 2 * MarginDots) / m_columns;
    QList<QImage> codes; // the QR codes and barcodes, in order
    int height = 2 * MarginDots;
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Qr || b.kind == Block::Kind::Barcode) {
            codes.append(b.kind == Block::Kind::Qr
                    ? qrImage(b.text, QrModuleDots)
                    : code128Image(b.text, BarcodeModuleDots, BarcodeHeightDots));
            height += codes.last().height();
        } else {
            height += b.large ? 2 * LineDots : LineDots;
        }
    }
    QImage image(PaperDots, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::black);
    QFont font(u"DejaVu Sans Mono"_s);
    font.setStyleHint(QFont::Monospace);
    int y = MarginDots;
    qsizetype codeIndex = 0;
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Kind::Text: {
            const int lineHeight = b.large ? 2 * LineDots : LineDots;
            font.setBold(b.bold);
            font.setPixelSize(b.large ? 40 : 20);
            p.setFont(font);
            // Monospace cells of the printer's column width keep the preview's columns true.
            const int cell = b.large ? 2 * columnDots : columnDots;
            const int textWidth = int(b.text.size()) * cell;
            int x = b.centered ? (PaperDots - textWidth) / 2 : MarginDots;
            for (const QChar c : b.text) {
                p.drawText(QRect(x, y, cell, lineHeight), Qt::AlignCenter, QString(c));
                x += cell;
            }
            y += lineHeight;
            break;
        }
        case Block::Kind::Rule:
            p.fillRect(MarginDots, y + LineDots / 2 - 1, PaperDots - 2 * MarginDots, 2, Qt::black);
            y += LineDots;
            break;
        case Block::Kind::Qr:
        case Block::Kind::Barcode: {
            const QImage &code = codes.at(codeIndex++);
            p.drawImage((PaperDots - code.width()) / 2, y, code);
            y += code.height();
            break;
        }
        case Block::Kind::Gap:
            y += LineDots;
            break;
        }
    }
    return image;
}

} // namespace kiosk::drivers
