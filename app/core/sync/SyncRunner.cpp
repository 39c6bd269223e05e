#include "SyncRunner.h"

#include "sync/CacheDeltaSink.h"
#include "sync/HeartbeatReport.h"
#include "sync/OrderPageFetcher.h"
#include "sync/SyncLog.h"
#include "sync/SyncProtocol.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

constexpr int MaxBatchSize = 500; // the protocol's limit per request

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

QString httpError(const HttpResponse &response)
{
    return response.transportFailed() ? response.error
                                      : SyncProtocol::statusError(response.status, response.body);
}

} // namespace

SyncRunner::SyncRunner(const SyncConfig &config, const Clock &clock, Backoff::Random random)
    : m_config(config)
    , m_clock(clock)
    , m_backoff(config.backoffBase, config.backoffCap, std::move(random))
    , m_http(config)
{
    m_config.batchSize = std::clamp(m_config.batchSize, 1, MaxBatchSize);
    m_config.parallelBatches = std::clamp(m_config.parallelBatches, 1, 8);
}

bool SyncRunner::open()
{
    if (!m_config.baseUrl.startsWith(u"https://"_s) || m_config.baseUrl.endsWith(u'/')) {
        m_openError = u"the backend URL must start with https:// and have no trailing slash: %1"_s.arg(
            m_config.baseUrl);
        return false;
    }
    if ((m_config.caBundlePath.isEmpty() && m_config.pinnedPublicKeys.isEmpty())
        || (m_config.deviceToken.isEmpty() && m_config.clientCertPath.isEmpty())
        || m_config.kioskId.isEmpty()) {
        m_openError
            = u"the sync config needs a CA bundle or a key pin, a device token or a client certificate, "
              "and a kiosk id"_s;
        return false;
    }
    if (!m_journal.open(m_config.journalPath)) {
        m_openError = m_journal.lastError();
        m_openFault = m_journal.lastFault();
        return false;
    }
    // Retry times a clock that was ahead set (or a clock moved back while nothing ran).
    followClock();
    // Delivery does not wait for the cache: one that cannot open is retried at the next order pull.
    if (!m_config.cachePath.isEmpty())
        openCache();
    return true;
}

bool SyncRunner::openCache()
{
    auto cache = std::make_unique<CacheStore>();
    if (!cache->open(m_config.cachePath)) {
        cacheFailed(u"cannot open the order cache: "_s + cache->lastError(), cache->lastFault());
        return false;
    }
    m_orders.reset();
    m_cache = std::move(cache);
    m_orders = std::make_unique<CacheDeltaSink>(*m_cache, m_clock);
    m_cacheError.clear();
    m_cacheFault = sql::StorageFault::None;
    return true;
}

void SyncRunner::cacheFailed(const QString &error, sql::StorageFault fault)
{
    m_cacheError = u"cache: "_s + error;
    m_cacheFault = fault == sql::StorageFault::None ? sql::StorageFault::Other : fault;
    qCCritical(lcSync).noquote() << m_cacheError;
}

void SyncRunner::journalFailed(const QString &what)
{
    m_journalFault
        = m_journal.lastFault() == sql::StorageFault::None ? sql::StorageFault::Other : m_journal.lastFault();
    m_journalError = u"journal: "_s;
    if (!what.isEmpty())
        m_journalError += what + u": "_s;
    m_journalError += m_journal.lastError();
    qCCritical(lcSync).noquote() << m_journalError;
}

void SyncRunner::journalWorked()
{
    if (!m_unrecordedDelivered.empty() || !m_unrecordedRejected.empty())
        return; // still owes the journal what the backend answered
    if (!m_journalError.isEmpty())
        qCInfo(lcSync).noquote() << "the journal records again after:" << m_journalError;
    m_journalError.clear();
    m_journalFault = sql::StorageFault::None;
}

sql::StorageFault SyncRunner::storageFault() const
{
    return m_journalFault != sql::StorageFault::None ? m_journalFault : m_cacheFault;
}

void SyncRunner::followClock()
{
    const QDateTime now = m_clock.now();
    constexpr qint64 Tolerance = 1000;
    if (m_lastNow.isValid() && now.msecsTo(m_lastNow) > Tolerance) {
        const qint64 back = now.msecsTo(m_lastNow);
        // Each wait keeps what was left of it, measured from now: the clock's jump is not a wait.
        const auto moveBack = [&](QDateTime &deadline) {
            if (deadline.isValid() && deadline > now)
                deadline = std::max(now, deadline.addMSecs(-back));
        };
        moveBack(m_backoffUntil);
        moveBack(m_retryAfterUntil);
        moveBack(m_nextHeartbeat);
        moveBack(m_nextOrderPull);
        moveBack(m_nextPolicyPull);
        const int moved = m_journal.moveRetriesBack(back, now);
        if (moved < 0)
            journalFailed({});
        qCWarning(lcSync).noquote() << "the wall clock moved back by" << back / 1000 << "s; moved" << moved
                                    << "retry times back by as much";
    }
    // No backoff or Retry-After waits longer than this; a later retry time came from a clock that was
    // ahead (perhaps in an earlier run). Kept even when nothing moved: the jump may predate this run.
    const qint64 longest = std::max<qint64>(m_config.backoffCap.count(), m_config.maxRetryAfter.count());
    const QDateTime latest = now.addMSecs(longest);
    for (QDateTime *deadline : { &m_backoffUntil, &m_retryAfterUntil })
        if (deadline->isValid() && *deadline > latest)
            *deadline = now;
    const int clamped = m_journal.clampRetries(latest, now);
    if (clamped < 0)
        journalFailed({});
    else if (clamped > 0)
        qCWarning(lcSync).noquote() << clamped
                                    << "retry times were further away than any wait (the clock "
                                       "was ahead when they were set): due now";
    m_lastNow = now;
}

bool SyncRunner::recordPendingOutcomes(const QDateTime &now)
{
    if (m_unrecordedDelivered.empty() && m_unrecordedRejected.empty())
        return true;
    while (!m_unrecordedRejected.empty()) {
        const auto &[seq, reason] = m_unrecordedRejected.back();
        if (!m_journal.moveToDeadLetter(seq, reason, now)) {
            journalFailed(u"cannot record a rejection the backend sent"_s);
            return false;
        }
        m_unrecordedRejected.pop_back();
    }
    if (!m_unrecordedDelivered.empty()) {
        if (!m_journal.markDelivered(m_unrecordedDelivered, now)) {
            journalFailed(u"cannot record %1 deliveries the backend acknowledged; they are not sent again "
                          "while it cannot"_s.arg(m_unrecordedDelivered.size()));
            return false;
        }
        m_unrecordedDelivered.clear();
    }
    journalWorked();
    return true;
}

void SyncRunner::interrupt()
{
    m_interrupted = true;
    m_http.interrupt();
}

QDateTime SyncRunner::notBefore() const
{
    return later(m_backoffUntil, m_retryAfterUntil);
}

QJsonArray SyncRunner::takeCommands()
{
    return std::exchange(m_commands, QJsonArray());
}

std::optional<QByteArray> SyncRunner::takePolicyBundle()
{
    return std::exchange(m_policyBundle, std::nullopt);
}

SyncStatus SyncRunner::status()
{
    const Journal::OutboxStats stats = m_journal.outboxStats();
    m_status.queueDepth = stats.pending;
    m_status.oldestPending = stats.oldestPending;
    m_status.deadLetters = stats.deadLetters;
    const QDateTime next = notBefore();
    m_status.nextAttempt = next.isValid() && next > m_clock.now() ? next : QDateTime();
    SyncStatus status = m_status;
    // A storage error is not the link's: it stays in lastError whatever the backend answered since.
    status.storageError = !m_journalError.isEmpty() ? m_journalError : m_cacheError;
    status.storageFault = sql::faultName(storageFault());
    if (!status.storageError.isEmpty())
        status.lastError = status.lastError.isEmpty() ? status.storageError
                                                      : status.storageError + u"; "_s + status.lastError;
    return status;
}

bool SyncRunner::waitingForRetryAfter(const QDateTime &now) const
{
    return m_retryAfterUntil.isValid() && now < m_retryAfterUntil;
}

void SyncRunner::runCycle(Mode mode)
{
    if (m_interrupted)
        return;
    cycle(mode);
    if (!m_config.statusPath.isEmpty())
        writeStatusFile();
}

void SyncRunner::writeStatusFile()
{
    QJsonObject json = status().toJson();
    json.insert(u"updatedAt"_s, m_clock.now().toString(Qt::ISODateWithMs));
    QSaveFile file(m_config.statusPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        qCWarning(lcSync).noquote() << "cannot write" << m_config.statusPath << file.errorString();
}

void SyncRunner::cycle(Mode mode)
{
    followClock();
    // After a failure (or while waiting for a retry) the backend is left alone until the retry time.
    if (!pushOutbox(mode) || m_interrupted || !pullOrders(mode) || m_interrupted || !pullPolicy(mode)
        || m_interrupted)
        return;
    const QDateTime now = m_clock.now();
    if (mode == Mode::Forced || !m_nextHeartbeat.isValid() || now >= m_nextHeartbeat)
        sendHeartbeat();
}

void SyncRunner::linkSucceeded()
{
    m_consecutiveFailures = 0;
    m_backoffUntil = {};
    m_status.online = true;
    m_status.lastSuccess = m_clock.now();
    m_status.lastError.clear();
}

QDateTime SyncRunner::linkFailed(const QString &error, const HttpResponse &response)
{
    const QDateTime now = m_clock.now();
    QDateTime retryAt = now.addMSecs(m_backoff.delay(m_consecutiveFailures).count());
    ++m_consecutiveFailures;
    if (response.status == 429 || response.status == 503) {
        if (const auto wait = SyncProtocol::parseRetryAfter(response.retryAfter, now)) {
            const auto capped = std::min<std::chrono::milliseconds>(*wait, m_config.maxRetryAfter);
            m_retryAfterUntil = later(m_retryAfterUntil, now.addMSecs(capped.count()));
            retryAt = m_retryAfterUntil;
        }
    }
    m_backoffUntil = later(m_backoffUntil, retryAt);
    m_status.online = false;
    m_status.lastError = error;
    qCWarning(lcSync).noquote() << "sync failed:" << error << "- next attempt at"
                                << retryAt.toString(Qt::ISODate);
    return retryAt;
}

bool SyncRunner::pushOutbox(Mode mode)
{
    m_status.lastPushReturns = 0;
    m_status.lastPushRejected = 0;
    const QDateTime now = m_clock.now();
    if (waitingForRetryAfter(now))
        return false;
    if (mode == Mode::Scheduled && m_backoffUntil.isValid() && now < m_backoffUntil)
        return false;
    // Outcomes the journal could not record come first; while it still cannot, nothing more is sent
    // (it would only be answered again and not recorded), but the pulls and the heartbeat go on.
    if (!recordPendingOutcomes(now))
        return true;
    // A forced pass takes every pending entry, including those waiting out a backoff.
    const QDateTime dueBy = mode == Mode::Forced
        ? QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::max() / 2, Qt::UTC)
        : now;
    while (!m_interrupted) {
        const auto entries = m_journal.dueOutbox(dueBy, m_config.batchSize * m_config.parallelBatches);
        if (entries.empty())
            return true;
        m_status.lastAttempt = m_clock.now();

        // Batches of one kind each, at most batchSize entries and maxRequestBytes of JSON.
        std::vector<std::vector<Journal::OutboxEntry>> batches;
        std::vector<HttpRequest> requests;
        for (const QString &kind : { u"return"_s, u"event"_s }) {
            std::size_t first = batches.size();
            qint64 batchBytes = 0;
            for (const auto &entry : entries) {
                if (entry.kind != kind)
                    continue;
                if (batches.size() == first || int(batches.back().size()) >= m_config.batchSize
                    || batchBytes + entry.payload.size() + 32 > m_config.maxRequestBytes) {
                    batches.emplace_back();
                    batchBytes = 0;
                }
                batches.back().push_back(entry);
                batchBytes += entry.payload.size() + 1;
            }
            for (; first < batches.size(); ++first) {
                std::vector<QByteArray> payloads;
                payloads.reserve(batches[first].size());
                for (const auto &entry : batches[first])
                    payloads.push_back(entry.payload);
                requests.push_back(kind == u"return"_s
                        ? HttpRequest { "POST", "/v1/returns:batch",
                            SyncProtocol::batchBody("returns", payloads) }
                        : HttpRequest { "POST", "/v1/events", SyncProtocol::batchBody("events", payloads) });
            }
        }
        for (const auto &entry : entries) {
            if (entry.kind != u"return"_s && entry.kind != u"event"_s) {
                // Written by a newer build: kept for staff rather than retried forever.
                qCCritical(lcSync).noquote()
                    << "outbox entry" << entry.seq << "has unknown kind" << entry.kind;
                if (!m_journal.moveToDeadLetter(
                        entry.seq, u"unknown outbox kind %1"_s.arg(entry.kind), m_clock.now())) {
                    journalFailed(u"cannot dead-letter an unknown entry"_s);
                    return true;
                }
            }
        }
        const auto responses = m_http.perform(requests);
        bool allSettled = true;
        bool linkOk = true;
        for (std::size_t i = 0; i < batches.size(); ++i) {
            const Outcome outcome = settleBatch(batches[i], responses[i]);
            allSettled = allSettled && outcome == Outcome::AllSettled;
            linkOk = linkOk && outcome != Outcome::LinkFailed;
        }
        if (!linkOk)
            return false;
        if (!allSettled || !m_unrecordedDelivered.empty() || !m_unrecordedRejected.empty())
            return true; // the rest waits for its own retry time, or for the journal
    }
    return false;
}

SyncRunner::Outcome SyncRunner::settleBatch(
    const std::vector<Journal::OutboxEntry> &batch, const HttpResponse &response)
{
    std::vector<std::int64_t> allSeqs;
    for (const auto &entry : batch)
        allSeqs.push_back(entry.seq);
    auto failAll = [&](const QString &error) {
        const QDateTime retryAt = linkFailed(error, response);
        if (m_journal.markAttemptFailed(allSeqs, error, retryAt))
            journalWorked();
        else
            journalFailed(u"cannot record a failed attempt"_s);
        return Outcome::LinkFailed;
    };

    if (response.status != 200)
        return failAll(httpError(response));
    if (!SyncProtocol::isJsonContentType(response.contentType))
        return failAll(u"reply is %1, not JSON"_s.arg(QString::fromLatin1(response.contentType)));
    const auto parsed = SyncProtocol::parseItemResults(response.body);
    if (!parsed.value)
        return failAll(u"malformed batch reply: %1"_s.arg(parsed.error));

    QHash<QString, const Journal::OutboxEntry *> byId;
    for (const auto &entry : batch)
        byId.insert(entry.refId, &entry);
    QSet<QString> seen;
    for (const auto &result : *parsed.value) {
        if (!byId.contains(result.id) || seen.contains(result.id))
            return failAll(u"batch reply names %1 unexpectedly"_s.arg(result.id));
        seen.insert(result.id);
    }

    const QDateTime now = m_clock.now();
    linkSucceeded();
    // A journal that cannot record outcomes (disk full) ends the pass and keeps the sync in error. The
    // outcomes are kept here and written first by the next pass, so the entries are not sent again.
    bool recorded = true;
    std::vector<std::int64_t> delivered;
    for (const auto &result : *parsed.value) {
        const Journal::OutboxEntry &entry = *byId.value(result.id);
        if (result.status == SyncProtocol::ItemStatus::Rejected) {
            qCWarning(lcSync).noquote() << entry.kind << result.id << "rejected:" << result.reason;
            if (!m_journal.moveToDeadLetter(entry.seq, result.reason, now)) {
                journalFailed(u"cannot record a rejection the backend sent"_s);
                m_unrecordedRejected.emplace_back(entry.seq, result.reason);
                recorded = false;
            }
        } else {
            delivered.push_back(entry.seq);
        }
    }
    if (!delivered.empty() && !m_journal.markDelivered(delivered, now)) {
        journalFailed(u"cannot record %1 deliveries the backend acknowledged; they are not sent again while "
                      "it cannot"_s.arg(delivered.size()));
        m_unrecordedDelivered.insert(m_unrecordedDelivered.end(), delivered.begin(), delivered.end());
        recorded = false;
    }
    if (!recorded)
        return Outcome::SomeLeft;
    journalWorked();
    for (const auto &result : *parsed.value) {
        if (byId.value(result.id)->kind != u"return"_s)
            continue;
        ++(result.status == SyncProtocol::ItemStatus::Rejected ? m_status.lastPushRejected
                                                               : m_status.lastPushReturns);
    }

    std::vector<std::int64_t> missing;
    int attempts = 0;
    for (const auto &entry : batch) {
        if (!seen.contains(entry.refId)) {
            missing.push_back(entry.seq);
            attempts = std::max(attempts, entry.attempts);
        }
    }
    if (missing.empty())
        return Outcome::AllSettled;
    const QDateTime retryAt = now.addMSecs(m_backoff.delay(attempts).count());
    if (!m_journal.markAttemptFailed(missing, u"no result in the batch reply"_s, retryAt))
        journalFailed(u"cannot record a failed attempt"_s);
    return Outcome::SomeLeft;
}

bool SyncRunner::pullOrders(Mode mode)
{
    const QDateTime started = m_clock.now();
    if (m_config.cachePath.isEmpty()
        || (mode == Mode::Scheduled && m_nextOrderPull.isValid() && started < m_nextOrderPull))
        return true;
    if (!m_orders && !openCache()) {
        m_nextOrderPull = started.addMSecs(m_config.orderPullInterval.count());
        return true;
    }
    m_orders->beginPull();
    bool complete = false;
    m_cacheError.clear();
    m_cacheFault = sql::StorageFault::None;
    int orders = 0;
    int deleted = 0;
    const bool linkOk = pullOrderPages(&complete, &orders, &deleted);
    if (!m_orders->endPull(complete)) {
        cacheFailed(m_orders->lastError(), m_cache->database().lastFault());
        complete = false;
    }
    if (complete) {
        linkSucceeded();
        m_status.lastOrderPull = started;
        m_status.lastPullOrders = orders;
        m_status.lastPullDeleted = deleted;
        m_nextOrderPull = started.addMSecs(m_config.orderPullInterval.count());
    }
    return linkOk;
}

bool SyncRunner::pullOrderPages(bool *complete, int *orders, int *deleted)
{
    // The next page is fetched and parsed on the fetcher's thread while this one is written.
    OrderPageFetcher fetcher(m_http, std::clamp(m_config.orderPageSize, 1, 5000), m_orders->cursor());
    while (!m_interrupted) {
        const OrderPageFetcher::Result result = fetcher.next();
        const HttpResponse &response = result.response;
        if (response.status != 200) {
            linkFailed(u"order changes: "_s + httpError(response), response);
            return false;
        }
        if (!result.page) {
            linkFailed(u"order changes: reply is not JSON"_s, response);
            return false;
        }
        const auto &page = result.page->value;
        if (!page) {
            // A page that breaks the contract is refused whole: nothing of it, cursor included, is applied.
            linkFailed(u"order changes: "_s + result.page->error, response);
            return false;
        }
        if (!m_orders->applyPage(page->orders, page->countedReturns, page->deleted, page->nextCursor)) {
            // A local problem (disk full, cache damaged): retry later from the same cursor.
            cacheFailed(m_orders->lastError(), m_cache->database().lastFault());
            m_nextOrderPull = m_clock.now().addMSecs(m_config.orderPullInterval.count());
            return true;
        }
        *orders += int(page->orders.size());
        *deleted += int(page->deleted.size());
        if (!page->hasMore) {
            *complete = true;
            return true;
        }
    }
    return false;
}

void SyncRunner::sendHeartbeat()
{
    const SyncStatus current = status();
    const QDateTime now = m_clock.now();
    QJsonObject body = HeartbeatReport::facts(
        { m_config.softwareVersion, m_config.hardwareProfile, QFileInfo(m_config.journalPath).absolutePath(),
            m_cache ? m_cache->lastSyncedAt() : QDateTime(), now },
        m_journal);
    body.insert(u"kioskId"_s, m_config.kioskId);
    body.insert(u"sentAt"_s, now.toString(Qt::ISODateWithMs));
    body.insert(u"queueDepth"_s, current.queueDepth);
    body.insert(u"deadLetters"_s, current.deadLetters);
    body.insert(u"oldestPending"_s,
        current.oldestPending.isValid() ? QJsonValue(current.oldestPending.toString(Qt::ISODateWithMs))
                                        : QJsonValue());
    body.insert(u"lastError"_s, current.lastError);
    const HttpResponse response = m_http.perform(
        HttpRequest { "POST", "/v1/heartbeat", QJsonDocument(body).toJson(QJsonDocument::Compact) });
    if (response.status != 200) {
        linkFailed(u"heartbeat: "_s + httpError(response), response);
        return;
    }
    if (!SyncProtocol::isJsonContentType(response.contentType)) {
        linkFailed(u"heartbeat: reply is not JSON"_s, response);
        return;
    }
    const auto commands = SyncProtocol::parseHeartbeatReply(response.body);
    if (!commands.value) {
        linkFailed(u"heartbeat: "_s + commands.error, response);
        return;
    }
    m_nextHeartbeat = now.addMSecs(m_config.heartbeatInterval.count());
    linkSucceeded();
    runCommands(*commands.value);
}

void SyncRunner::runCommands(const QJsonArray &commands)
{
    for (const QJsonValue &command : commands) {
        const QString type = command[u"type"_s].toString();
        qCInfo(lcSync).noquote() << "remote command" << type << command[u"id"_s].toString();
        if (type == u"sync_now"_s) {
            if (pushOutbox(Mode::Forced) && !m_interrupted)
                pullOrders(Mode::Forced);
        } else if (type == u"reload_policy"_s) {
            m_policyEtag.clear(); // the whole bundle again, even if unchanged
            pullPolicy(Mode::Forced);
        } else {
            m_commands.append(command);
        }
    }
}

bool SyncRunner::pullPolicy(Mode mode)
{
    const QDateTime now = m_clock.now();
    if (mode == Mode::Scheduled && m_nextPolicyPull.isValid() && now < m_nextPolicyPull)
        return true;
    const HttpResponse response = m_http.perform(HttpRequest { "GET", "/v1/policy", {}, m_policyEtag });
    if (response.status == 304 || response.status == 404) { // unchanged, or none published
        m_nextPolicyPull = now.addMSecs(m_config.orderPullInterval.count());
        linkSucceeded();
        return true;
    }
    if (response.status != 200) {
        linkFailed(u"policy: "_s + httpError(response), response);
        return false;
    }
    if (!SyncProtocol::isJsonContentType(response.contentType)) {
        linkFailed(u"policy: reply is not JSON"_s, response);
        return false;
    }
    // Verified by the PolicyStore, which keeps the last good policy when this one is refused. Its
    // entity tag is kept either way, so a refused bundle is not fetched again until it changes.
    m_policyBundle = response.body;
    m_policyEtag = response.etag;
    m_nextPolicyPull = now.addMSecs(m_config.orderPullInterval.count());
    linkSucceeded();
    return true;
}

} // namespace kiosk
