#include "SessionFixture.h"

/// What the journal, the outbox and the receipt hold once the shopper is told "done"
/// (ReturnRecorder through the session): store credit with its bonus, jam-split records, exchanges,
/// a printer out of paper, and a line that can't be returned twice.
class ReturnRecorderTest : public SessionFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    void lineCannotBeReturnedTwice()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        reachItems(u"RK-100001"_s);
        const QModelIndex first = m_session->lines()->index(0, 0);
        QCOMPARE(first.data(ReturnLinesModel::EligibleRole).toBool(), false);
        QCOMPARE(first.data(ReturnLinesModel::ReasonRole).toString(), u"Already returned."_s);
        m_session->setSelected(1, true);
        QCOMPARE(m_session->selectedCount(), 0);
        m_session->setSelected(3, true); // final sale
        QCOMPARE(m_session->selectedCount(), 0);
    }

    void storeCreditIsRecordedWithTheBonus()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff(u"storeCredit"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->resolution, u"store_credit"_s);
        QVERIFY(stored->refundTotal() > 2499); // the T-shirt plus the policy's store-credit bonus
        const QByteArray receipt = m_printer->lastReceipt();
        // The T-shirt at its price, the bonus counted once in the total the record credits.
        QVERIFY(receiptShows(receipt, u"Organic cotton T-shirt"_s, 2499));
        QVERIFY(receiptShows(receipt, u"Store credit bonus"_s, stored->refundTotal() - 2499));
        QVERIFY(receiptShows(receipt, u"Store credit total"_s, stored->refundTotal()));
    }

    /// A jam splits a store-credit return in two: each receipt's bonus is that of its own items.
    void jamSplitStoreCreditPrintsEachPartsBonus()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::None);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff(u"storeCredit"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        const auto first = m_journal->findReturn(m_session->returnId());
        QVERIFY(first);
        QTRY_VERIFY(receiptShows(m_printer->lastReceipt(), u"Store credit total"_s, first->refundTotal()));
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->resume());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto second = m_journal->findReturn(m_session->returnId());
        QVERIFY(second && second->id != first->id);
        QCOMPARE(second->items.size(), size_t(1));
        const MinorUnits price = m_cache->findOrder(u"RK-100001"_s)->lines.at(1).unitPrice;
        QTRY_VERIFY(m_printer->lastReceipt().contains(second->id.left(8).toUpper().toLatin1()));
        const QByteArray receipt = m_printer->lastReceipt();
        QVERIFY(receiptShows(receipt, u"Store credit bonus"_s, second->refundTotal() - price));
        QVERIFY(receiptShows(receipt, u"Store credit total"_s, second->refundTotal()));
    }

    void printerOutOfPaperShowsTheQrInstead()
    {
        m_printer->scriptFault(drivers::ReceiptPrinter::Fault::PaperOut);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(!m_session->receiptPrinted());
        QCOMPARE(m_session->receiptUrl(), u"https://returns.example.com/r/"_s + m_session->returnId());
        QCOMPARE(m_journal->returnCount(), 1); // the return stands whatever the printer does
    }

    void receiptPrintsWithTheReturn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(m_session->receiptPrinted());
        const QByteArray receipt = m_printer->lastReceipt();
        QVERIFY(receipt.contains("Northwind Outfitters"));
        QVERIFY(receipt.contains("Organic cotton T-shirt"));
        QVERIFY(receipt.contains(m_session->returnId().left(8).toUpper().toUtf8()));
    }

    void doubleConfirmRecordsOnce()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QTest::qWait(50);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    /// Exchange: the T-shirt's other sizes/colours with the store's stock; only one in stock can be
    /// picked, and the journal records the sku the shopper takes.
    void exchangeRecordsTheNewSku()
    {
        m_stock->setAvailable(u"NW-TEE-BLU-L"_s, 3);
        m_stock->setAvailable(u"NW-TEE-BLU-S"_s, 0);
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        auto *exchange = m_session->exchange();
        QCOMPARE(exchange->title(), u"Organic cotton T-shirt"_s);
        QCOMPARE(exchange->current(), u"Size M · Blue"_s);
        QTRY_VERIFY(!exchange->checking());
        QStringList states;
        for (const QVariant &option : exchange->options())
            states.append(option.toMap().value(u"sku"_s).toString() + u'='
                + option.toMap().value(u"state"_s).toString());
        QCOMPARE(states,
            QStringList(
                { u"NW-TEE-BLU-S=outOfStock"_s, u"NW-TEE-BLU-L=inStock"_s, u"NW-TEE-GRN-M=unknown"_s }));
        QVERIFY(!exchange->stockUnknown());
        m_session->chooseVariant(u"NW-TEE-BLU-S"_s); // out of stock: ignored
        m_session->chooseVariant(u"NW-TEE-GRN-M"_s); // can't be confirmed: ignored
        m_session->chooseVariant(u"NW-JNS-30-32"_s); // another line's variant: ignored
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Variant);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        QTRY_VERIFY(!exchange->checking());
        m_session->chooseVariant(u"NW-TEE-BLU-L"_s);
        m_session->chooseVariant(u"NW-TEE-BLU-L"_s); // a double tap: one exchange
        confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        const auto record = m_journal->findReturn(m_session->returnId());
        QVERIFY(record);
        QCOMPARE(record->items.size(), size_t(1));
        QCOMPARE(record->resolution, u"exchange"_s);
        QCOMPARE(record->items.at(0).sku, u"NW-TEE-BLU-M"_s);
        QCOMPARE(record->items.at(0).exchangeSku, u"NW-TEE-BLU-L"_s);
        QCOMPARE(exchange->chosenText(), u"Organic cotton T-shirt, Size L · Blue"_s);
    }
};

QTEST_GUILESS_MAIN(ReturnRecorderTest)
#include "tst_returnrecorder.moc"
