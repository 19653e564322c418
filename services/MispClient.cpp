#include "services/MispClient.h"

#include "services/Logging.h"
#include "services/NetworkWait.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString AUTH_FAILED_PREFIX = u"Authentication failed"_s;
const QString NO_PERMISSION_PREFIX = u"You do not have permission"_s;

bool isTlsError(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::SslHandshakeFailedError;
}

bool flag(const QJsonValue &v)
{
    if (v.isBool()) {
        return v.toBool();
    }
    if (v.isString()) {
        return v.toString() == u"1"_s || v.toString() == u"true"_s;
    }
    return v.toInt() != 0;
}

} // namespace

MispClient::MispClient(MispClientOptions options)
    : m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setAutoDeleteReplies(false);
    // MISP's "not REST" answer is a 302 to its login page: it must reach us, not be followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

MispClient::~MispClient() = default;

void MispClient::setCancelCheck(std::function<bool()> isCancelled)
{
    m_isCancelled = std::move(isCancelled);
}

Result<MispReply> MispClient::get(const QString &path)
{
    return send(path, nullptr);
}

Result<MispReply> MispClient::post(const QString &path, const QJsonDocument &body)
{
    return send(path, &body);
}

QString MispClient::errorsText(const QJsonValue &errors)
{
    if (errors.isString()) {
        return errors.toString();
    }
    if (errors.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : errors.toArray()) {
            parts.append(errorsText(v));
        }
        return parts.join(u" "_s);
    }
    if (errors.isObject()) {
        QStringList parts;
        const QJsonObject o = errors.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString inner = errorsText(it.value());
            // {"Event": {...}} and {"value": [...]}: the field name helps, the model name not.
            parts.append(it.key() == u"Event"_s || it.key() == u"Attribute"_s
                                 ? inner
                                 : u"%1: %2"_s.arg(it.key(), inner));
        }
        return parts.join(u"; "_s);
    }
    return {};
}

QString MispClient::describeFailure(const MispReply &reply)
{
    const QJsonObject o = reply.object();
    QString text = o.value("message"_L1).toString();
    if (text.isEmpty()) {
        text = o.value("name"_L1).toString();
    }
    const QString errors = errorsText(o.value("errors"_L1));
    if (!errors.isEmpty()) {
        text = text.isEmpty() ? errors : u"%1: %2"_s.arg(text, errors);
    }
    if (text.isEmpty()) {
        text = tr("HTTP %1 without an explanation").arg(reply.status);
    }
    return text;
}

Result<MispReply> MispClient::send(const QString &path, const QJsonDocument *body)
{
    QUrl url = m_options.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    const QByteArray payload = body ? body->toJson(QJsonDocument::Compact) : QByteArray();
    const QString host = m_options.baseUrl.host();

    for (int attempt = 0;; ++attempt) {
        if (m_isCancelled && m_isCancelled()) {
            return Error{tr("Cancelled."), {}, MispError::Cancelled};
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_options.apiKey.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Content-Type", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader, u"otxdesk/0.1"_s);
        request.setTransferTimeout(m_options.timeoutMs);
        if (!m_options.verifyTls) {
            QSslConfiguration tls = request.sslConfiguration();
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            request.setSslConfiguration(tls);
        }
        ++m_requests;
        std::unique_ptr<QNetworkReply> reply(body ? m_network->post(request, payload)
                                                  : m_network->get(request));
        NetworkWait::awaitReply(reply.get(), m_isCancelled);

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        const QByteArray data = reply->readAll();
        if (m_isCancelled && m_isCancelled()) {
            return Error{tr("Cancelled."), {}, MispError::Cancelled};
        }

        Error failure;
        bool retryable = false;
        const bool transportFailed = netError != QNetworkReply::NoError && netError < 100;
        if (transportFailed && isTlsError(netError)) {
            return Error{tr("The secure connection to MISP at %1 failed: its certificate could "
                            "not be verified. Install the server's CA certificate, or turn off "
                            "TLS verification for this server in Settings if you trust the "
                            "network.")
                                 .arg(host),
                         reply->errorString(),
                         MispError::Tls};
        }
        if (transportFailed) {
            const bool timeout = netError == QNetworkReply::TimeoutError
                                 || netError == QNetworkReply::OperationCanceledError;
            failure = timeout ? Error{tr("MISP at %1 did not answer within %2 seconds.")
                                              .arg(host)
                                              .arg(m_options.timeoutMs / 1000),
                                      reply->errorString(),
                                      MispError::Timeout}
                              : Error{tr("Could not reach MISP at %1, or the connection "
                                         "dropped. Check the network and the MISP address in "
                                         "Settings.")
                                              .arg(host),
                                      reply->errorString(),
                                      MispError::Network};
            retryable = netError != QNetworkReply::HostNotFoundError
                        && netError != QNetworkReply::ConnectionRefusedError;
        } else if (status == 301 || status == 302 || status == 303) {
            return Error{tr("MISP at %1 answered as to a web browser (a redirect to its login "
                            "page), not as an API. Check that the address is MISP's base URL, "
                            "without a path such as /users/login.")
                                 .arg(host),
                         u"HTTP %1 to %2"_s.arg(status).arg(
                                 QString::fromUtf8(reply->rawHeader("Location"))),
                         MispError::NotRest};
        } else if (status >= 500) {
            failure = Error{tr("MISP had a server error (HTTP %1). Try again later; if it "
                               "persists, MISP's error log says why.")
                                    .arg(status),
                            QString::fromUtf8(data.left(300)).simplified(),
                            MispError::Server};
            retryable = true;
        } else {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                return Error{tr("MISP at %1 answered with something that is not JSON (HTTP %2). "
                                "Check that the address points at MISP.")
                                     .arg(host)
                                     .arg(status),
                             QString::fromUtf8(data.left(200)).simplified(),
                             MispError::Malformed};
            }
            MispReply out{status, doc, QString::fromUtf8(reply->rawHeader("Location"))};
            const QString name = out.object().value("name"_L1).toString();
            if (status == 401 || (status == 403 && name.startsWith(AUTH_FAILED_PREFIX))) {
                return Error{tr("MISP refused the API key. Check the key in Settings (MISP: "
                                "your profile, Auth keys) and that its user may use the API."),
                             name,
                             MispError::BadKey};
            }
            if (status == 403 && name.startsWith(NO_PERMISSION_PREFIX)) {
                return Error{tr("The MISP key's role may not do this (%1). Ask a MISP admin "
                                "for a role that may add, tag and publish events.")
                                     .arg(path.section(u'/', 1, 2)),
                             name,
                             MispError::Forbidden};
            }
            if (status == 429) {
                // TODO(misp): a 429 is not retried, not even after its Retry-After; MISP only
                // limits searches (restSearch), which the export does not use yet.
                return Error{tr("MISP is limiting this key's searches (HTTP 429). Wait and try "
                                "again."),
                             name,
                             MispError::RateLimited};
            }
            return out;
        }

        if (!retryable || attempt >= m_options.maxRetries) {
            qCWarning(lcMisp) << "Request failed."
                              << "path:" << url.path() << "attempts:" << attempt + 1
                              << "error:" << failure.detail;
            return failure;
        }
        const double step = m_options.backoffBaseMs * std::pow(2.0, attempt);
        const int waitMs = static_cast<int>(
                std::min<double>(step * (1.0 + 0.5 * QRandomGenerator::global()->generateDouble()),
                                 m_options.backoffCapMs));
        qCWarning(lcMisp) << "Request failed, retrying."
                          << "path:" << url.path() << "status:" << status
                          << "attempt:" << attempt + 1 << "wait ms:" << waitMs;
        if (!NetworkWait::sleepUnlessCancelled(waitMs, m_isCancelled)) {
            return Error{tr("Cancelled."), {}, MispError::Cancelled};
        }
    }
}

Result<MispServerInfo> MispClient::testConnection()
{
    if (!m_options.baseUrl.isValid() || m_options.baseUrl.host().isEmpty()) {
        return Error{tr("The MISP address is not a URL. Enter it as https://misp.example.org."),
                     m_options.baseUrl.toString(),
                     MispError::Network};
    }
    if (m_options.apiKey.isEmpty()) {
        return Error{tr("No MISP API key is set. Enter it in Settings."), {}, MispError::BadKey};
    }
    auto version = get(u"/servers/getVersion"_s);
    if (!version) {
        return version.error();
    }
    if (!version.value().ok() || !version.value().object().contains("version"_L1)) {
        return Error{tr("The server at %1 does not answer like MISP (no version). Check the "
                        "address.")
                             .arg(m_options.baseUrl.host()),
                     describeFailure(version.value()),
                     MispError::Malformed};
    }
    MispServerInfo info;
    info.version = version.value().object().value("version"_L1).toString();
    auto me = get(u"/users/view/me"_s);
    if (!me) {
        return me.error();
    }
    if (!me.value().ok()) {
        return Error{tr("MISP would not say whose key this is."),
                     describeFailure(me.value()),
                     MispError::Forbidden};
    }
    const QJsonObject role = me.value().object().value("Role"_L1).toObject();
    const bool admin = flag(role.value("perm_site_admin"_L1));
    info.mayAdd = admin || flag(role.value("perm_add"_L1));
    info.mayTag = admin || flag(role.value("perm_tagger"_L1));
    info.mayCreateTags = admin || flag(role.value("perm_tag_editor"_L1));
    info.mayPublish = admin || flag(role.value("perm_publish"_L1));
    info.organisation =
            me.value().object().value("Organisation"_L1).toObject().value("name"_L1).toString();
    qCInfo(lcMisp) << "Connected to MISP."
                   << "version:" << info.version << "may add:" << info.mayAdd
                   << "may tag:" << info.mayTag << "may publish:" << info.mayPublish;
    if (!info.mayAdd) {
        return Error{tr("The key works, but its MISP role may not add events. Ask a MISP admin "
                        "for a role with \"add\" permission."),
                     {},
                     MispError::Forbidden};
    }
    return info;
}

Result<QJsonObject> MispClient::describeTypes()
{
    auto reply = get(u"/attributes/describeTypes.json"_s);
    if (!reply) {
        return reply.error();
    }
    if (!reply.value().ok()) {
        return Error{tr("MISP would not list its attribute types."),
                     describeFailure(reply.value()),
                     MispError::Server};
    }
    return reply.value().object();
}
