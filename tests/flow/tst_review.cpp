#include "EligibilityMessages.h"
#include "SessionFixture.h"
#include "images/ProductImageCache.h"

/// The review before the chute: what goes back (picture, units, reason, amount) and what the shopper
/// gets and where it goes, confirmed with "Confirm and open the chute". Nothing is recorded, and the
/// chute stays locked, until then; back from it changes nothing recorded.
class ReviewTest : public SessionFixture
{
    Q_OBJECT

    /// RK-100001's T-shirt and jeans, a reason each, yes to every question: the resolution screen.
    void reachResolutionWithTwoItems()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        reachResolution(u"changed_mind"_s);
    }

    /// Nothing recorded, nothing queued, the chute locked and not waiting for a tag.
    void nothingHappenedYet(int outboxBefore)
    {
        QCOMPARE(m_journal->returnCount(), 0);
        QCOMPARE(pendingOutbox(), outboxBefore);
        QVERIFY(!m_chute->isOpen());
        QVERIFY(!m_session->awaitingTag());
    }

private Q_SLOTS:
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    void reviewSaysWhatGoesBackAndWhereTheMoneyGoes()
    {
        reachResolutionWithTwoItems();
        const int outboxBefore = pendingOutbox();
        m_session->chooseResolution(u"refund"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Review);
        nothingHappenedYet(outboxBefore);

        const QVariantList lines = m_session->reviewLines();
        QCOMPARE(lines.size(), 2);
        const QVariantMap shirt = lines.at(0).toMap();
        QCOMPARE(shirt.value(u"title"_s).toString(), u"Organic cotton T-shirt"_s);
        QCOMPARE(shirt.value(u"quantity"_s).toInt(), 1);
        QCOMPARE(shirt.value(u"reason"_s).toString(), EligibilityMessages::reasonText(u"changed_mind"_s));
        QVERIFY(!shirt.value(u"keep"_s).toBool());
        QVERIFY(shirt.value(u"image"_s).toUrl().isEmpty()); // no image cache: the pictogram
        const ReturnOffer &offer = m_session->offer();
        QCOMPARE(shirt.value(u"amount"_s).toString(),
            formatMoney(offer.lines().front().figures().refund, u"USD"_s));
        // RK-100001 was paid by card: the refund goes back to it (its digits are never shown).
        QCOMPARE(m_session->refundTo(),
            u"Refund %1 to the card you paid with"_s.arg(formatMoney(offer.total(), u"USD"_s)));
    }

    void storeCreditSaysItsAmount()
    {
        reachResolutionWithTwoItems();
        m_session->chooseResolution(u"storeCredit"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Review);
        const ReturnOffer::Figures totals = m_session->offer().totals();
        QVERIFY(totals.bonus > 0); // the demo policy's store-credit bonus
        QCOMPARE(m_session->refundTo(),
            u"Store credit %1 (includes a %2 bonus)"_s.arg(
                formatMoney(totals.amount(Resolution::StoreCredit), u"USD"_s),
                formatMoney(totals.bonus, u"USD"_s)));
    }

    void backFromTheReviewRecordsNothing()
    {
        reachResolutionWithTwoItems();
        const int outboxBefore = pendingOutbox();
        m_session->chooseResolution(u"refund"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Review);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        QVERIFY(!m_session->offer().resolution()); // chosen again
        QCOMPARE(m_session->selectedCount(), 2);
        nothingHappenedYet(outboxBefore);

        m_session->chooseResolution(u"storeCredit"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Review);
        QVERIFY(m_session->refundTo().startsWith(u"Store credit"_s));
        nothingHappenedYet(outboxBefore);
        m_session->confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        QCOMPARE(m_journal->findReturn(m_session->returnId())->resolution, u"store_credit"_s);
    }

    /// The confirm is only taken on the review screen, and once.
    void confirmElsewhereDoesNothing()
    {
        reachResolutionWithTwoItems();
        m_session->confirmReview();
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Resolution);
        QVERIFY(!m_session->awaitingTag());
    }

    /// Choices carried by a return code skip the screens, not the review.
    void codeWithItsChoicesStillReviews()
    {
        m_session->submitCode(returnCode(
            u"RK-100001"_s, inAWeek(), northwind(), u"RV1"_s, { { 2, 1, u"wrong_size"_s, u"refund"_s } }));
        QTRY_VERIFY(m_session->screen() == Screen::Questions || m_session->screen() == Screen::Review);
        while (m_session->screen() == Screen::Questions) {
            m_session->answerQuestion(true);
            QTest::qWait(5);
        }
        QTRY_COMPARE(m_session->screen(), Screen::Review);
        QCOMPARE(m_journal->returnCount(), 0);
        QCOMPARE(m_session->reviewLines().size(), 1);
        QCOMPARE(m_session->reviewLines().front().toMap().value(u"title"_s).toString(), u"Slim fit jeans"_s);
        QVERIFY(m_session->refundTo().startsWith(u"Refund "_s));
    }

    /// The order's picture: the line's imageUrl through the image cache; a file: URL as it is, a path
    /// on the backend only once fetched (this cache has no backend: the pictogram stays).
    void picturesComeFromTheImageCache()
    {
        QTemporaryDir images;
        ProductImageCache cache({ images.filePath(u"cache"_s) });
        m_session->setProductImages(&cache);
        const QString picture = images.filePath(u"tee.png"_s);
        QFile png(picture);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x'));
        png.close();
        auto order = m_cache->findOrder(u"RK-100001"_s);
        QCOMPARE(order->lines[1].imageUrl, u"/v1/images/NW-JNS-32-32.png"_s); // from orders.json
        order->lines[0].imageUrl = QUrl::fromLocalFile(picture).toString();
        QVERIFY(m_cache->upsertOrder(*order));

        reachResolutionWithTwoItems();
        m_session->chooseResolution(u"refund"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Review);
        const QVariantList lines = m_session->reviewLines();
        QCOMPARE(lines.at(0).toMap().value(u"image"_s).toUrl(), QUrl::fromLocalFile(picture));
        QVERIFY(lines.at(1).toMap().value(u"image"_s).toUrl().isEmpty());

        // A picture that arrives later re-reads the review.
        QSignalSpy reviewChanged(m_session.get(), &ReturnSession::reviewChanged);
        QVERIFY(cache.store(u"/v1/images/NW-JNS-32-32.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8) + "jeans"));
        Q_EMIT cache.imageReady(u"/v1/images/NW-JNS-32-32.png"_s);
        QCOMPARE(reviewChanged.size(), 1);
        QVERIFY(!m_session->reviewLines().at(1).toMap().value(u"image"_s).toUrl().isEmpty());
        m_session->cancel();
        m_session->setProductImages(nullptr);
    }
};

QTEST_GUILESS_MAIN(ReviewTest)
#include "tst_review.moc"
