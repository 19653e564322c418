#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

/// Error codes an OtxClient failure carries in Error::code.
namespace OtxError {
inline const QString BadKey = QStringLiteral("otx.bad_key");
inline const QString NotFound = QStringLiteral("otx.not_found");
inline const QString RateLimited = QStringLiteral("otx.rate_limited");
inline const QString Network = QStringLiteral("otx.network");
inline const QString Timeout = QStringLiteral("otx.timeout");
inline const QString Server = QStringLiteral("otx.server");
inline const QString Malformed = QStringLiteral("otx.malformed");
inline const QString Cancelled = QStringLiteral("otx.cancelled");
} // namespace OtxError

struct OtxClientOptions
{
    QUrl baseUrl = QUrl(QStringLiteral("https://otx.alienvault.com"));
    QString apiKey; ///< sent as X-OTX-API-KEY; never logged
    int timeoutMs = 60000;
    int maxRetries = 5;       ///< further attempts after the first, on 429, 5xx, time-outs
    int backoffBaseMs = 1000; ///< first wait when the server gives no Retry-After
    int backoffCapMs = 60000; ///< no single wait is longer
};

/// Where a client takes the key for each request when several keys take turns (the key ring).
/// Called on the client's thread only.
class OtxKeySource
{
public:
    struct Key
    {
        QString name; ///< for logs and history; never the secret
        QString secret;
    };

    virtual ~OtxKeySource() = default;
    /// The key for the next request. Nothing when no key may send now: then `*waitMs` > 0 asks
    /// to try again after that long, and 0 means no key can send at all (`*why` says why).
    virtual std::optional<Key> next(qint64 *waitMs, QString *why) = 0;
    /// The request is about to go out with `name`. False when the key may not send after all
    /// (its budget was spent elsewhere): ask `next` again.
    virtual bool sent(const QString &name) = 0;
    /// How the request ended: the HTTP status (0 when there was no answer) and the 429's
    /// Retry-After in seconds (-1 when none).
    virtual void answered(const QString &name, int httpStatus, int retryAfterSeconds) = 0;
};

/// A blocking OTX API client for job threads: it owns a QNetworkAccessManager created in the
/// calling thread and waits for each reply in a local event loop. Not for the GUI thread.
class OtxClient
{
    Q_DECLARE_TR_FUNCTIONS(OtxClient)

public:
    explicit OtxClient(OtxClientOptions options);
    ~OtxClient();

    /// Checked while waiting; when it returns true the request is aborted (code Cancelled).
    void setCancelCheck(std::function<bool()> isCancelled);
    /// Takes each request's key from `source` (not owned) instead of options().apiKey: a 429
    /// or 403 then moves the request to another key at once.
    void setKeySource(OtxKeySource *source) { m_keySource = source; }

    /// GET `path` (relative to the API root, as in "/api/v1/pulses/subscribed") and parse the
    /// JSON object it returns. Retries 429 (honouring Retry-After), 5xx, time-outs, dropped
    /// connections and truncated bodies with exponential backoff and jitter, up to a cap.
    Result<QJsonObject> get(const QString &path, const QUrlQuery &query = {});

    /// GET a `next` link from a paging envelope. Only its path and query are used, re-anchored
    /// on the configured base URL, so the key never travels to another host.
    Result<QJsonObject> getNext(const QString &nextLink);

    /// How many HTTP requests were sent, retries included.
    int requestCount() const { return m_requests; }

    const OtxClientOptions &options() const { return m_options; }

    /// Seconds in a Retry-After header (seconds or HTTP-date), clamped to a day; -1 when the
    /// header is absent or unreadable.
    static int parseRetryAfter(const QByteArray &header);

    /// The wait before retry `attempt` (1-based): Retry-After when given, else exponential
    /// backoff with jitter, never more than the cap. Pure; exposed for tests.
    static int backoffMs(int attempt,
                         int retryAfterSeconds,
                         const OtxClientOptions &options,
                         double jitter01);

private:
    Result<QJsonObject> fetch(const QUrl &url);

    OtxClientOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::function<bool()> m_isCancelled;
    OtxKeySource *m_keySource = nullptr;
    int m_requests = 0;
};
