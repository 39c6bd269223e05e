#include "LoopbackBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#include <httplib.h>

using namespace Qt::Literals::StringLiterals;

LoopbackBackend::LoopbackBackend(const QString &certPath, const QString &keyPath)
    : m_server(std::make_unique<httplib::SSLServer>(
        certPath.toLocal8Bit().constData(), keyPath.toLocal8Bit().constData()))
{
    if (!m_server->is_valid())
        return;
    m_server->Post("/v1/returns:batch", [this](const httplib::Request &req, httplib::Response &res) {
        ++m_requests;
        ++m_batches;
        const Fault fault = m_fault;
        {
            QMutexLocker lock(&m_mutex);
            m_authorization = QByteArray::fromStdString(req.get_header_value("Authorization"));
        }
        if (fault == Fault::Unavailable) {
            QMutexLocker lock(&m_mutex);
            res.status = 503;
            res.set_header("Retry-After", m_retryAfter.toStdString());
            res.set_content(R"({"error":{"code":"unavailable","message":"try later"}})", "application/json");
            return;
        }
        const QJsonArray returns = QJsonDocument::fromJson(QByteArray::fromStdString(req.body))
                                       .object()
                                       .value("returns"_L1)
                                       .toArray();
        QJsonArray results;
        {
            QMutexLocker lock(&m_mutex);
            for (const auto &value : returns) {
                const QString id = value.toObject().value("id"_L1).toString();
                ++m_submissions[id];
                if (m_rejectIds.contains(id)) {
                    results.append(QJsonObject { { u"id"_s, id }, { u"status"_s, u"rejected"_s },
                        { u"reason"_s, u"order_not_found"_s } });
                } else if (m_stored.contains(id)) {
                    ++m_duplicates;
                    results.append(QJsonObject { { u"id"_s, id }, { u"status"_s, u"duplicate"_s } });
                } else {
                    m_stored.insert(id);
                    results.append(QJsonObject { { u"id"_s, id }, { u"status"_s, u"accepted"_s } });
                }
            }
        }
        const std::string body = QJsonDocument(QJsonObject { { u"results"_s, results } })
                                     .toJson(QJsonDocument::Compact)
                                     .toStdString();
        switch (fault) {
        case Fault::DropAfterCommit:
            res.set_content_provider(
                body.size(), "application/json", [](size_t, size_t, httplib::DataSink &) { return false; });
            break;
        case Fault::MalformedJson:
            res.set_content(body.substr(0, body.size() / 2), "application/json");
            break;
        case Fault::Oversized:
            res.set_content(std::string(20 * 1024 * 1024, ' ') + body, "application/json");
            break;
        case Fault::WrongContentType:
            res.set_content("<html>maintenance</html>", "text/html");
            break;
        case Fault::None:
        case Fault::Unavailable:
            res.set_content(body, "application/json");
            break;
        }
    });
    m_server->Post("/v1/heartbeat", [this](const httplib::Request &, httplib::Response &res) {
        ++m_requests;
        res.set_content(R"({"commands":[]})", "application/json");
    });
    m_server->Get("/v1/orders/changes", [this](const httplib::Request &req, httplib::Response &res) {
        ++m_requests;
        QMutexLocker lock(&m_mutex);
        const int start = QString::fromStdString(req.get_param_value("cursor")).toInt();
        const int limit = QString::fromStdString(req.get_param_value("limit")).toInt();
        QJsonArray page;
        for (int i = start; i < std::min<int>(start + limit, int(m_orders.size())); ++i)
            page.append(m_orders[i]);
        const int next = start + int(page.size());
        const bool hasMore = next < m_orders.size();
        const QJsonObject body { { u"orders"_s, page },
            { u"deleted"_s, hasMore ? QJsonArray() : QJsonArray::fromStringList(m_deleted) },
            { u"nextCursor"_s, QString::number(next) }, { u"hasMore"_s, hasMore } };
        res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port > 0)
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
    for (int i = 0; i < 5000 && m_port > 0 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

QString LoopbackBackend::baseUrl() const
{
    return u"https://localhost:%1"_s.arg(m_port);
}

LoopbackBackend::~LoopbackBackend()
{
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

bool LoopbackBackend::isValid() const
{
    return m_server->is_valid() && m_port > 0;
}

void LoopbackBackend::setRetryAfter(const QByteArray &value)
{
    QMutexLocker lock(&m_mutex);
    m_retryAfter = value;
}

void LoopbackBackend::rejectId(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_rejectIds.insert(id);
}

void LoopbackBackend::setOrders(const QJsonArray &orders, const QStringList &deleted)
{
    QMutexLocker lock(&m_mutex);
    m_orders = orders;
    m_deleted = deleted;
}

int LoopbackBackend::storedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_stored.size());
}

int LoopbackBackend::duplicateCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_duplicates;
}

int LoopbackBackend::submissions(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_submissions.value(id);
}

QByteArray LoopbackBackend::lastAuthorization() const
{
    QMutexLocker lock(&m_mutex);
    return m_authorization;
}
