#include "PseudoTerminal.h"
#include "printer/DeviceFileReceiptPrinter.h"
#include "printer/EscPosEncoder.h"
#include "printer/SerialReceiptPrinter.h"
#include "printer/SimReceiptPrinter.h"
#include "printer/TcpReceiptPrinter.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk::drivers;

/// Every printer backend against a real counterpart: a local QTcpServer playing a network
/// printer, a pseudo-terminal playing a serial one, a file standing in for /dev/usb/lp0, and
/// the simulator's scripted faults. Each job must end in exactly one printed() or failed().
class ReceiptPrintersTest : public QObject
{
    Q_OBJECT

    const QByteArray m_receipt = EscPosEncoder().initialize().line(u"Return RK-1"_s).cut().bytes();

    /// Plays a TCP printer: answers the status request with `status`, then collects the receipt.
    struct FakeNetworkPrinter
    {
        QTcpServer server;
        QByteArray received;
        char status = 0x12;
        bool answer = true;

        FakeNetworkPrinter()
        {
            server.listen(QHostAddress::LocalHost);
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
                QTcpSocket *socket = server.nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray data = socket->readAll();
                    if (data.startsWith(EscPosEncoder::requestPaperStatus())) {
                        data.remove(0, 3);
                        if (answer)
                            socket->write(QByteArray(1, status));
                    }
                    received += data;
                });
            });
        }
    };

    static void expectFault(QSignalSpy &failed, ReceiptPrinter::Fault fault)
    {
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ReceiptPrinter::Fault>(), fault);
    }

private Q_SLOTS:
    void tcpPrints()
    {
        FakeNetworkPrinter fake;
        TcpReceiptPrinter printer(u"127.0.0.1"_s, fake.server.serverPort(), 2000);
        QSignalSpy printed(&printer, &ReceiptPrinter::printed);
        printer.print(m_receipt);
        QVERIFY(printer.isBusy());
        QTRY_COMPARE(printed.size(), 1);
        QTRY_COMPARE(fake.received, m_receipt);
        QVERIFY(!printer.isBusy());

        printer.print(m_receipt); // the socket is reused for the next receipt
        QTRY_COMPARE(printed.size(), 2);
    }

    void tcpPaperOut()
    {
        FakeNetworkPrinter fake;
        fake.status = 0x72;
        TcpReceiptPrinter printer(u"127.0.0.1"_s, fake.server.serverPort(), 2000);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        printer.print(m_receipt);
        expectFault(failed, ReceiptPrinter::Fault::PaperOut);
        QVERIFY(fake.received.isEmpty());
    }

    void tcpSilentPrinterIsOffline()
    {
        FakeNetworkPrinter fake;
        fake.answer = false;
        TcpReceiptPrinter printer(u"127.0.0.1"_s, fake.server.serverPort(), 300);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        printer.print(m_receipt);
        expectFault(failed, ReceiptPrinter::Fault::Offline);
    }

    void tcpRefusedIsOffline()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        TcpReceiptPrinter printer(u"127.0.0.1"_s, port, 2000);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        QSignalSpy printed(&printer, &ReceiptPrinter::printed);
        printer.print(m_receipt);
        expectFault(failed, ReceiptPrinter::Fault::Offline);
        QCOMPARE(printed.size(), 0);
    }

    void secondJobWhileBusyFails()
    {
        FakeNetworkPrinter fake;
        TcpReceiptPrinter printer(u"127.0.0.1"_s, fake.server.serverPort(), 2000);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        QSignalSpy printed(&printer, &ReceiptPrinter::printed);
        printer.print(m_receipt);
        printer.print(m_receipt);
        expectFault(failed, ReceiptPrinter::Fault::Busy);
        QTRY_COMPARE(printed.size(), 1);
    }

    void serialPrintsAndReportsPaperOut()
    {
        PseudoTerminal pty;
        QVERIFY(pty.isValid());
        SerialReceiptPrinter printer(pty.slavePath(), 38400, 2000);
        QSignalSpy printed(&printer, &ReceiptPrinter::printed);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        printer.print(m_receipt);
        QCOMPARE(pty.read(3), EscPosEncoder::requestPaperStatus());
        QVERIFY(pty.write(QByteArray(1, 0x12)));
        QCOMPARE(pty.read(m_receipt.size()), m_receipt);
        QTRY_COMPARE(printed.size(), 1);

        printer.print(m_receipt);
        QCOMPARE(pty.read(3), EscPosEncoder::requestPaperStatus());
        QVERIFY(pty.write(QByteArray(1, 0x72)));
        expectFault(failed, ReceiptPrinter::Fault::PaperOut);
        QCOMPARE(pty.read(1, 200), QByteArray());
    }

    void serialMissingPortIsOffline()
    {
        SerialReceiptPrinter printer(u"/dev/nonexistent-printer"_s, 38400, 2000);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        printer.print(m_receipt);
        expectFault(failed, ReceiptPrinter::Fault::Offline);
    }

    void deviceFileWritesOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString node = dir.filePath(u"lp0"_s);
        QFile create(node);
        QVERIFY(create.open(QIODevice::WriteOnly));
        create.close();
        DeviceFileReceiptPrinter printer(node);
        QSignalSpy printed(&printer, &ReceiptPrinter::printed);
        printer.print(m_receipt);
        QTRY_COMPARE(printed.size(), 1);
        QFile written(node);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), m_receipt);

        DeviceFileReceiptPrinter unplugged(dir.filePath(u"missing/lp0"_s));
        QSignalSpy failed(&unplugged, &ReceiptPrinter::failed);
        unplugged.print(m_receipt);
        expectFault(failed, ReceiptPrinter::Fault::Offline);
    }

    void simScriptsFaultsAndKeepsTheLastReceipt()
    {
        SimReceiptPrinter printer(5);
        QSignalSpy printed(&printer, &ReceiptPrinter::printed);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        printer.scriptFault(ReceiptPrinter::Fault::PaperOut);
        printer.print(m_receipt);
        expectFault(failed, ReceiptPrinter::Fault::PaperOut);
        QVERIFY(printer.lastReceipt().isEmpty());
        printer.print(m_receipt);
        QTRY_COMPARE(printed.size(), 1);
        QCOMPARE(printer.lastReceipt(), m_receipt);

        printer.setStuckFault(ReceiptPrinter::Fault::Offline);
        printer.print("x");
        QTRY_COMPARE(failed.size(), 2);
        printer.print("x");
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(printer.printedCount(), 1);
        QCOMPARE(printer.lastReceipt(), m_receipt);
    }
};

QTEST_GUILESS_MAIN(ReceiptPrintersTest)
#include "tst_receiptprinters.moc"
