#include "services/OtxClient.h"

#include "services/Logging.h"
#include "services/NetworkWait.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Attempt
{
    Result<QJsonObject> result = Error{};
    bool retryable = false;
    int retryAfterSeconds = -1;
};

int retryAfterSeconds(const QByteArray &header)
{
    if (header.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok) {
        return std::clamp(seconds, 0, 24 * 3600); // a day at most: no overflow below
    }
    // The HTTP-date form.
    const QDateTime when =
            QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (when.isValid()) {
        return static_cast<int>(
                std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, 24 * 3600));
    }
    return -1;
}

QString serverDetail(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString detail = object.value(u"detail"_s).toString();
    return detail.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : detail;
}

} // namespace

OtxClient::OtxClient(OtxClientOptions options)
    : m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setAutoDeleteReplies(false);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

OtxClient::~OtxClient() = default;

void OtxClient::setCancelCheck(std::function<bool()> isCancelled)
{
    m_isCancelled = std::move(isCancelled);
}

int OtxClient::backoffMs(int attempt,
                         int retryAfterSeconds,
                         const OtxClientOptions &options,
                         double jitter01)
{
    if (retryAfterSeconds >= 0) {
        return static_cast<int>(std::min<qint64>(qint64(retryAfterSeconds) * 1000,
                                                 std::max(options.backoffCapMs, 0)));
    }
    // Full exponential step, plus up to half a step of jitter so that clients spread out.
    const double step = options.backoffBaseMs * std::pow(2.0, std::max(0, attempt - 1));
    const double withJitter = step * (1.0 + 0.5 * std::clamp(jitter01, 0.0, 1.0));
    return static_cast<int>(std::min<double>(withJitter, options.backoffCapMs));
}

Result<QJsonObject> OtxClient::get(const QString &path, const QUrlQuery &query)
{
    QUrl url = m_options.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    url.setQuery(query);
    return fetch(url);
}

Result<QJsonObject> OtxClient::getNext(const QString &nextLink)
{
    const QUrl next(nextLink);
    if (!next.isValid()) {
        return Error{tr("OTX sent a page link that is not a URL."), nextLink, OtxError::Malformed};
    }
    if (!next.host().isEmpty() && next.host() != m_options.baseUrl.host()) {
        qCDebug(lcOtx) << "Page link points at another host; following it on the configured one."
                       << "host:" << next.host();
    }
    QUrl url = m_options.baseUrl;
    url.setPath(next.path());
    url.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return fetch(url);
}

int OtxClient::parseRetryAfter(const QByteArray &header)
{
    return retryAfterSeconds(header);
}

Result<QJsonObject> OtxClient::fetch(const QUrl &url)
{
    // Paths only in the log: a query can carry search terms, never a key, but keep it short.
    const QString logPath = url.path();
    // With several keys a 429 or 403 moves the request to another key at once; this bounds
    // how often that may happen for one request.
    int rotations = 0;
    constexpr int MAX_ROTATIONS = 50;
    for (int attempt = 0;; ++attempt) {
        if (m_isCancelled && m_isCancelled()) {
            return Error{tr("Cancelled."), {}, OtxError::Cancelled};
        }
        QString keyName;
        QString secret = m_options.apiKey;
        if (m_keySource) {
            for (;;) {
                qint64 waitMs = 0;
                QString why;
                if (const auto key = m_keySource->next(&waitMs, &why)) {
                    if (!m_keySource->sent(key->name)) {
                        continue;
                    }
                    keyName = key->name;
                    secret = key->secret;
                    break;
                }
                if (waitMs <= 0) {
                    return Error{why, {}, OtxError::BadKey};
                }
                if (!NetworkWait::sleepUnlessCancelled(
                            static_cast<int>(std::min<qint64>(waitMs, 60000)),
                            m_isCancelled)) {
                    return Error{tr("Cancelled."), {}, OtxError::Cancelled};
                }
            }
        }
        QNetworkRequest request(url);
        request.setRawHeader("X-OTX-API-KEY", secret.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader, u"otxdesk/0.1"_s);
        request.setTransferTimeout(m_options.timeoutMs);
        ++m_requests;
        std::unique_ptr<QNetworkReply> reply(m_network->get(request));

        NetworkWait::awaitReply(reply.get(), m_isCancelled);

        Attempt outcome;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        const QByteArray body = reply->readAll();
        const bool answered = netError == QNetworkReply::NoError || netError >= 100;
        if (m_keySource) {
            m_keySource->answered(keyName,
                                  answered ? status : 0,
                                  retryAfterSeconds(reply->rawHeader("Retry-After")));
            if (answered && (status == 429 || status == 403 || status == 401)
                && ++rotations <= MAX_ROTATIONS) {
                --attempt; // not a failure of the request: another key takes it
                continue;
            }
        }
        if (m_isCancelled && m_isCancelled()) {
            return Error{tr("Cancelled."), {}, OtxError::Cancelled};
        }
        // Connection-level failures (codes below 100) come first: a reply cut off mid-body
        // can carry a 200 status line with half a document.
        const bool transportFailed = netError != QNetworkReply::NoError && netError < 100;
        if (transportFailed
            && (netError == QNetworkReply::TimeoutError
                || netError == QNetworkReply::OperationCanceledError)) {
            outcome.result = Error{tr("OTX did not answer within %1 seconds. Try again later.")
                                           .arg(m_options.timeoutMs / 1000),
                                   reply->errorString(),
                                   OtxError::Timeout};
            outcome.retryable = true;
        } else if (transportFailed) {
            const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
            outcome.result = Error{tls ? tr("The secure connection to OTX failed: its "
                                            "certificate could not be verified.")
                                       : tr("Could not reach OTX at %1, or the connection "
                                            "dropped. Check the network and the OTX address "
                                            "in Settings.")
                                                   .arg(m_options.baseUrl.host()),
                                   reply->errorString(),
                                   OtxError::Network};
            outcome.retryable = !tls && netError != QNetworkReply::HostNotFoundError;
        } else if (status == 200) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                outcome.result =
                        Error{tr("OTX sent a reply that is not valid JSON (it may have "
                                 "been cut off). Try again later."),
                              u"%1 at offset %2 of %3 bytes"_s.arg(parseError.errorString())
                                      .arg(parseError.offset)
                                      .arg(body.size()),
                              OtxError::Malformed};
                outcome.retryable = true;
            } else {
                return doc.object();
            }
        } else if (status == 403 || status == 401) {
            return Error{tr("OTX refused the API key. Check the key in Settings (it is on your "
                            "OTX account page)."),
                         u"HTTP %1: %2"_s.arg(status).arg(serverDetail(body)),
                         OtxError::BadKey};
        } else if (status == 404) {
            return Error{tr("OTX has no such item (HTTP 404). Check the pulse id or the OTX "
                            "address in Settings."),
                         url.path(),
                         OtxError::NotFound};
        } else if (status == 429) {
            outcome.result = Error{tr("OTX is limiting requests for this key (HTTP 429). Wait a "
                                      "while and sync again."),
                                   serverDetail(body),
                                   OtxError::RateLimited};
            outcome.retryable = true;
            outcome.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
        } else if (status >= 500) {
            outcome.result =
                    Error{tr("OTX had a server error (HTTP %1). Try again later.").arg(status),
                          serverDetail(body),
                          OtxError::Server};
            outcome.retryable = true;
            outcome.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
        } else {
            return Error{tr("OTX answered with an unexpected HTTP status %1.").arg(status),
                         serverDetail(body),
                         OtxError::Server};
        }

        if (!outcome.retryable || attempt >= m_options.maxRetries) {
            qCWarning(lcOtx) << "Request failed."
                             << "path:" << logPath << "attempts:" << attempt + 1
                             << "error:" << outcome.result.error().detail;
            return outcome.result;
        }
        const int waitMs = backoffMs(attempt + 1,
                                     outcome.retryAfterSeconds,
                                     m_options,
                                     QRandomGenerator::global()->generateDouble());
        qCWarning(lcOtx) << "Request failed, retrying."
                         << "path:" << logPath << "status:" << status << "attempt:" << attempt + 1
                         << "wait ms:" << waitMs;
        if (!NetworkWait::sleepUnlessCancelled(waitMs, m_isCancelled)) {
            return Error{tr("Cancelled."), {}, OtxError::Cancelled};
        }
    }
}
