#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

/// Error codes a MispClient failure carries in Error::code.
namespace MispError {
inline const QString BadKey = QStringLiteral("misp.bad_key");
inline const QString Forbidden = QStringLiteral("misp.forbidden");
inline const QString NotRest = QStringLiteral("misp.not_rest"); ///< 302 to the login page
inline const QString NotFound = QStringLiteral("misp.not_found");
inline const QString Blocklisted = QStringLiteral("misp.blocklisted");
inline const QString Rejected = QStringLiteral("misp.rejected");
inline const QString RateLimited = QStringLiteral("misp.rate_limited");
inline const QString Tls = QStringLiteral("misp.tls");
inline const QString Network = QStringLiteral("misp.network");
inline const QString Timeout = QStringLiteral("misp.timeout");
inline const QString Server = QStringLiteral("misp.server");
inline const QString Malformed = QStringLiteral("misp.malformed");
inline const QString Cancelled = QStringLiteral("misp.cancelled");
inline const QString Incomplete = QStringLiteral("misp.incomplete");
} // namespace MispError

struct MispClientOptions
{
    QUrl baseUrl;
    QString apiKey;         ///< sent as Authorization; never logged
    bool verifyTls = true;  ///< off only when the analyst turned it off for this server
    int timeoutMs = 300000; ///< a 25,000-attribute event takes MISP a while to store
    int maxRetries = 4;     ///< further attempts after the first, on 5xx and network errors
    int backoffBaseMs = 1000;
    int backoffCapMs = 30000;
};

/// A MISP answer that is not a transport, server or authentication failure: the status, the
/// JSON body and the Location header (set on "event already exists").
struct MispReply
{
    int status = 0;
    QJsonDocument json;
    QString location;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject object() const { return json.object(); }
};

/// What Test connection found.
struct MispServerInfo
{
    QString version;
    QString organisation;
    bool mayAdd = false;
    bool mayTag = false;
    bool mayCreateTags = false;
    bool mayPublish = false;
};

/// A blocking MISP REST client for job threads (like OtxClient): its own
/// QNetworkAccessManager, a local event loop per request. Sends Authorization, Accept and
/// Content-Type on every request; retries 5xx answers and network errors with backoff.
class MispClient
{
    Q_DECLARE_TR_FUNCTIONS(MispClient)

public:
    explicit MispClient(MispClientOptions options);
    ~MispClient();

    void setCancelCheck(std::function<bool()> isCancelled);

    /// GET or POST (`body` not null) `path` under the base URL. Returns the reply for any
    /// status MISP answers with JSON that is not an authentication or server failure, so the
    /// caller can read 403 save failures and 404s; errors for the rest.
    Result<MispReply> get(const QString &path);
    Result<MispReply> post(const QString &path, const QJsonDocument &body);

    /// Version (`/servers/getVersion`), then the key's user and role (`/users/view/me`).
    /// Errors say which of address, TLS, key or permissions is wrong.
    Result<MispServerInfo> testConnection();

    /// The server's type table (`/attributes/describeTypes.json`), raw.
    Result<QJsonObject> describeTypes();

    /// A readable sentence for a MISP answer that says no, from either error shape
    /// (`{"name", "message", "url"}` or `{"saved": false, "errors": ...}`).
    static QString describeFailure(const MispReply &reply);
    /// The `errors` member as "field: message; ..." text (strings, lists and nested maps).
    static QString errorsText(const QJsonValue &errors);

    int requestCount() const { return m_requests; }
    const MispClientOptions &options() const { return m_options; }

private:
    Result<MispReply> send(const QString &path, const QJsonDocument *body);

    MispClientOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::function<bool()> m_isCancelled;
    int m_requests = 0;
};
