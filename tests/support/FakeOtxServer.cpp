#include "tests/support/FakeOtxServer.h"

#include "tests/support/Fixtures.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

struct FakeOtxServer::Reply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

namespace {

const QString SUBSCRIBED_PATH = u"/api/v1/pulses/subscribed"_s;
const QString SEARCH_PATH = u"/api/v1/search/pulses"_s;
const QString PULSES_PREFIX = u"/api/v1/pulses/"_s;
const qint64 NO_TIME = std::numeric_limits<qint64>::min(); // sorts before every real time

const int SUBSCRIBED_DEFAULT_LIMIT = 5;  // recorded: no `limit` gives 5 per page
const int INDICATORS_DEFAULT_LIMIT = 10; // recorded: no `limit` gives 10 per page
const int SEARCH_DEFAULT_LIMIT = 25;     // the SDK's value; the server's own is not recorded

// Bodies as the real stack sends them: DRF JSON from the API, HTML from Django and nginx.
const QByteArray DJANGO_404 =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n"
        "<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server."
        "</p>\n</body>\n</html>\n";
const QByteArray DJANGO_500 =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n"
        "</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n";
const QByteArray NGINX_504 =
        "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n"
        "<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n";

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString pulseIdOf(const QJsonObject &pulse)
{
    const QString id = pulse.value(u"id"_s).toString();
    return id.isEmpty() ? pulse.value(u"_id"_s).toString() : id;
}

// Microseconds since the epoch of an ISO 8601 date-time: `YYYY-MM-DD[(T| )HH:MM[:SS[.f…]]]`
// plus an optional `Z`/`z` or `±HH[:]MM` (a space standing for `+`). Naive means UTC.
std::optional<qint64> parseIsoMicros(const QString &input)
{
    static const QRegularExpression pattern(
            uR"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)"
            uR"((?:([Zz])|([+\- ])(\d{2})(?::?(\d{2}))?)?$)"_s);
    const QRegularExpressionMatch m = pattern.match(input.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59) {
        return std::nullopt;
    }
    const qint64 fraction = m.captured(7).left(6).leftJustified(6, u'0').toLongLong();
    qint64 offsetSeconds = 0;
    if (m.hasCaptured(9)) {
        const int offsetHours = m.captured(10).toInt();
        const int offsetMinutes = m.captured(11).toInt();
        if (offsetHours > 23 || offsetMinutes > 59) {
            return std::nullopt;
        }
        offsetSeconds =
                (offsetHours * 3600 + offsetMinutes * 60) * (m.captured(9) == u"-"_s ? -1 : 1);
    }
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000000 + fraction;
}

// The query as Django reads it: `+` is a space, then percent-decoding, order kept.
QList<std::pair<QString, QString>> decodeQuery(const QUrl &url)
{
    QList<std::pair<QString, QString>> items;
    const QString raw = url.query(QUrl::FullyEncoded);
    for (const QString &part : raw.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = eq < 0 ? part : part.left(eq);
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        const auto decode = [](QString text) {
            text.replace(u'+', u' ');
            return QUrl::fromPercentEncoding(text.toLatin1());
        };
        items.append({decode(key), decode(value)});
    }
    return items;
}

std::optional<QString> itemValue(const QList<std::pair<QString, QString>> &items,
                                 const QString &key)
{
    // Django's QueryDict.get() answers with the last value of a repeated key.
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (it->first == key) {
            return it->second;
        }
    }
    return std::nullopt;
}

// DRF PageNumberPagination: `limit` falls back to the default when absent or not a positive
// integer; `page` must be 1..pages or "last", where an empty list still has page 1.
struct PageSlice
{
    bool valid = false;
    int page = 1;
    int pages = 1;
    qsizetype from = 0;
    qsizetype to = 0;
};

PageSlice pageSlice(const QList<std::pair<QString, QString>> &query,
                    qsizetype count,
                    int defaultLimit)
{
    int limit = defaultLimit;
    if (const auto text = itemValue(query, u"limit"_s)) {
        bool ok = false;
        const int asked = text->trimmed().toInt(&ok);
        if (ok && asked > 0) {
            limit = asked;
        }
    }
    PageSlice slice;
    slice.pages = count == 0 ? 1 : int((count + limit - 1) / limit);
    const QString pageText = itemValue(query, u"page"_s).value_or(u"1"_s).trimmed();
    bool ok = true;
    slice.page = pageText == u"last"_s ? slice.pages : pageText.toInt(&ok);
    slice.valid = ok && slice.page >= 1 && slice.page <= slice.pages;
    if (slice.valid) {
        slice.from = qsizetype(slice.page - 1) * limit;
        slice.to = std::min(count, slice.from + limit);
    }
    return slice;
}

QString slugFor(const QString &type)
{
    // The server's type catalogue (pulses_indicator_types_2017-11-16.json).
    if (type == u"IPv4"_s || type == u"IPv6"_s) {
        return u"ip"_s;
    }
    if (type.startsWith(u"FileHash-"_s) && type != u"FileHash-PEHASH"_s
        && type != u"FileHash-IMPHASH"_s) {
        return u"file"_s;
    }
    for (const QString &same : {u"domain"_s, u"hostname"_s, u"email"_s}) {
        if (type == same) {
            return same;
        }
    }
    if (type == u"URL"_s || type == u"CVE"_s || type == u"YARA"_s) {
        return type.toLower();
    }
    return {};
}

bool isInactive(const QJsonValue &flag)
{
    return (flag.isBool() && !flag.toBool()) || (flag.isDouble() && flag.toInt() == 0);
}

QByteArray keyHash(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

} // namespace

FakeOtxServer::FakeOtxServer(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    // No routes: every request reaches the missing handler, which gets the responder and
    // through it the socket (needed for DropConnection). QHttpServer 6.4 has no hook that
    // runs before its routes, and auth, faults and recording must see every request.
    m_server->setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, responder);
            });
}

FakeOtxServer::~FakeOtxServer() = default;

FakeOtxServer::Reply FakeOtxServer::detail(int status, const QString &text)
{
    Reply reply;
    reply.status = status;
    reply.body = toJson(QJsonObject{{u"detail"_s, text}});
    return reply;
}

FakeOtxServer::Reply FakeOtxServer::html(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = body;
    return reply;
}

int FakeOtxServer::captureDateRank(const QString &fileName)
{
    static const QRegularExpression datePattern(uR"((?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d))"_s);
    static const QRegularExpression rangePattern(uR"((?<!\d)\d{4}-(\d{4})(?!\d))"_s);
    int rank = 0;
    qsizetype at = -1;
    for (auto it = datePattern.globalMatch(fileName); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12) {
            continue;
        }
        at = m.capturedStart();
        rank = m.captured(1).toInt() * 10000 + month * 100 + m.captured(3).toInt();
    }
    for (auto it = rangePattern.globalMatch(fileName); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > at) {
            at = m.capturedStart();
            rank = m.captured(1).toInt() * 10000;
        }
    }
    return rank;
}

bool FakeOtxServer::loadFixtureCorpus()
{
    if (!Fixtures::available()) {
        qWarning().noquote() << Fixtures::missingMessage();
        return false;
    }
    const QDir dir(Fixtures::root() + u"/otx/pulses"_s);
    QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return captureDateRank(a) < captureDateRank(b);
    });
    QList<QJsonObject> corpus;
    QHash<QString, qsizetype> indexById;
    for (const QString &file : std::as_const(files)) {
        const QJsonDocument doc = Fixtures::load(u"otx/pulses/"_s + file);
        if (doc.isNull()) {
            return false;
        }
        QJsonArray candidates;
        if (doc.isArray()) {
            candidates = doc.array();
        } else if (doc.object().value(u"results"_s).isArray()) {
            candidates = doc.object().value(u"results"_s).toArray();
        } else {
            candidates.append(doc.object());
        }
        for (const QJsonValue &candidate : std::as_const(candidates)) {
            const QJsonObject pulse = candidate.toObject();
            const QString id = pulseIdOf(pulse);
            if (!pulse.value(u"indicators"_s).isArray() || id.isEmpty()) {
                continue;
            }
            const auto known = indexById.constFind(id);
            if (known != indexById.cend()) {
                corpus[*known] = pulse; // a later capture of the same pulse
            } else {
                indexById.insert(id, corpus.size());
                corpus.append(pulse);
            }
        }
    }
    if (corpus.isEmpty()) {
        qWarning().noquote() << "No pulses with indicators found in" << dir.absolutePath();
        return false;
    }
    setPulses(corpus);
    return true;
}

void FakeOtxServer::setPulses(const QList<QJsonObject> &pulses)
{
    m_pulses = pulses;
    sortPulses();
}

void FakeOtxServer::upsertPulse(const QJsonObject &pulse)
{
    const int index = findPulse(pulseIdOf(pulse));
    if (index >= 0) {
        m_pulses[index] = pulse;
    } else {
        m_pulses.append(pulse);
    }
    sortPulses();
}

QList<QJsonObject> FakeOtxServer::pulses() const
{
    return m_pulses;
}

quint16 FakeOtxServer::listen()
{
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    if (port != 0) {
        m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    }
    return port;
}

QUrl FakeOtxServer::baseUrl() const
{
    return m_baseUrl;
}

void FakeOtxServer::setApiKey(const QString &key)
{
    m_apiKeyHash = key.isEmpty() ? QByteArray() : keyHash(key.toUtf8());
}

void FakeOtxServer::setEmbeddedIndicatorLimit(int n)
{
    m_embeddedLimit = n;
    m_cachedBodies.clear();
}

void FakeOtxServer::injectFault(const QString &pathPrefix, int nth, Fault fault)
{
    m_faults.append({pathPrefix, std::max(nth, 1), fault});
}

void FakeOtxServer::clearFaults()
{
    m_faults.clear();
}

void FakeOtxServer::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
}

QList<FakeOtxServer::RecordedRequest> FakeOtxServer::requests() const
{
    return m_requests;
}

void FakeOtxServer::setReplyCacheEnabled(bool enabled)
{
    m_cacheReplies = enabled;
    m_cachedBodies.clear();
}

void FakeOtxServer::clearRequests()
{
    m_requests.clear();
}

void FakeOtxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QUrl url = request.url();
    const QString path = url.path();

    RecordedRequest record;
    record.path = path;
    record.query = request.query();
    QByteArray key;
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (name.compare("X-OTX-API-KEY", Qt::CaseInsensitive) == 0) {
            record.hadKey = true;
            key = value;
            break;
        }
    }
    record.keyMatched = record.hadKey && !m_apiKeyHash.isEmpty() && keyHash(key) == m_apiKeyHash;
    m_requests.append(record);

    std::optional<Fault> fault;
    for (PendingFault &pending : m_faults) {
        if (path.startsWith(pending.prefix)) {
            --pending.remaining;
        }
    }
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults[i].remaining <= 0 && path.startsWith(m_faults[i].prefix)) {
            fault = m_faults.takeAt(i).fault;
            break;
        }
    }

    Reply reply;
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply = detail(405, u"Method not allowed."_s);
        reply.headers.append({QByteArray("Allow"), QByteArray("GET")});
    } else if (!m_apiKeyHash.isEmpty() && !record.keyMatched) {
        reply = detail(403, u"Authentication required"_s);
    } else if (const QString cacheKey = path + u'?' + url.query(QUrl::FullyEncoded);
               m_cacheReplies && m_cachedBodies.contains(cacheKey)) {
        reply.body = m_cachedBodies.value(cacheKey);
    } else {
        reply = route(path, decodeQuery(url));
        if (m_cacheReplies && reply.status == 200) {
            m_cachedBodies.insert(cacheKey, reply.body);
        }
    }

    bool drop = false;
    if (fault) {
        switch (*fault) {
        case Fault::TooManyRequests:
            reply = detail(429, u"Request was throttled."_s);
            break;
        case Fault::TooManyRequestsRetryAfter:
            reply = detail(429, u"Request was throttled."_s);
            reply.headers.append(
                    {QByteArray("Retry-After"), QByteArray::number(m_retryAfterSeconds)});
            break;
        case Fault::InternalError:
            reply = html(500, DJANGO_500);
            break;
        case Fault::GatewayTimeout:
            reply = html(504, NGINX_504);
            break;
        case Fault::TruncatedJson:
            reply.status = 200;
            reply.contentType = "application/json";
            reply.body.truncate(reply.body.size() / 2);
            break;
        case Fault::DropConnection:
            drop = true;
            break;
        }
    }

    using StatusCode = QHttpServerResponder::StatusCode;
    responder.writeStatusLine(StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : std::as_const(reply.headers)) {
        responder.writeHeader(name, value);
    }
    if (!drop) {
        responder.writeBody(reply.body);
        return;
    }
    // Half the announced body, then close: the client sees the connection end mid-response.
    // It must get at least the headers, or QNAM silently resends the request instead.
    responder.writeBody(reply.body.left(reply.body.size() / 2));
    QTcpSocket *socket = responder.socket();
    socket->flush();
    socket->disconnectFromHost();
}

FakeOtxServer::Reply FakeOtxServer::route(const QString &path, const QueryItems &query) const
{
    QString p = path;
    if (p.size() > 1 && p.endsWith(u'/')) {
        p.chop(1);
    }
    if (p == SUBSCRIBED_PATH) {
        return subscribed(p, query);
    }
    if (p == SEARCH_PATH) {
        return searchPulses(p, query);
    }
    if (p.startsWith(PULSES_PREFIX)) {
        const QStringList parts = p.mid(PULSES_PREFIX.size()).split(u'/');
        const bool details = parts.size() == 1;
        const bool indicators = parts.size() == 2 && parts[1] == u"indicators"_s;
        if (!parts[0].isEmpty() && (details || indicators)) {
            const int index = findPulse(parts[0]);
            if (index < 0) {
                return detail(404, u"Not found."_s);
            }
            return details ? pulseDetails(m_pulses[index])
                           : pulseIndicators(p, m_pulses[index], query);
        }
    }
    return html(404, DJANGO_404);
}

FakeOtxServer::Reply FakeOtxServer::subscribed(const QString &path, const QueryItems &query) const
{
    std::optional<qint64> since;
    if (const auto text = itemValue(query, u"modified_since"_s); text && !text->isEmpty()) {
        since = parseIsoMicros(*text);
        if (!since) {
            Reply reply;
            reply.status = 400;
            reply.body = toJson(
                    QJsonObject{{u"modified_since"_s, QJsonArray{u"Enter a valid date/time."_s}}});
            return reply;
        }
    }
    const std::optional<QString> author = itemValue(query, u"author_name"_s);
    QList<const QJsonObject *> selected;
    for (qsizetype i = 0; i < m_pulses.size(); ++i) {
        const QJsonObject &pulse = m_pulses[i];
        if (since && (m_modifiedMicros[i] == NO_TIME || m_modifiedMicros[i] <= *since)) {
            continue;
        }
        if (author && !author->isEmpty() && pulse.value(u"author_name"_s).toString() != *author) {
            continue;
        }
        selected.append(&pulse);
    }
    const PageSlice slice = pageSlice(query, selected.size(), SUBSCRIBED_DEFAULT_LIMIT);
    if (!slice.valid) {
        return detail(404, u"Invalid page."_s);
    }
    QJsonArray results;
    for (qsizetype i = slice.from; i < slice.to; ++i) {
        results.append(servedPulse(*selected[i]));
    }
    const QJsonValue next = pageLink(path, query, slice.page < slice.pages ? slice.page + 1 : 0);
    const QJsonValue previous = pageLink(path, query, slice.page - 1);
    Reply reply;
    reply.body = toJson(QJsonObject{{u"count"_s, selected.size()},
                                    {u"next"_s, next},
                                    {u"previous"_s, previous},
                                    {u"results"_s, results},
                                    {u"prefetch_pulse_ids"_s, false},
                                    {u"t"_s, 0},
                                    {u"t2"_s, 0.01},
                                    {u"t3"_s, 1.2}});
    return reply;
}

FakeOtxServer::Reply FakeOtxServer::pulseDetails(const QJsonObject &pulse) const
{
    Reply reply;
    reply.body = toJson(servedPulse(pulse));
    return reply;
}

FakeOtxServer::Reply FakeOtxServer::pulseIndicators(const QString &path,
                                                    const QJsonObject &pulse,
                                                    const QueryItems &query) const
{
    const bool includeInactive =
            itemValue(query, u"include_inactive"_s).value_or(QString()) == u"1"_s;
    const QString id = pulseIdOf(pulse);
    QJsonArray rows;
    for (const QJsonValue &value : pulse.value(u"indicators"_s).toArray()) {
        QJsonObject row = value.toObject();
        if (!includeInactive && isInactive(row.value(u"is_active"_s))) {
            continue;
        }
        row.insert(u"pulse_key"_s, id);
        row.insert(u"slug"_s, slugFor(row.value(u"type"_s).toString()));
        rows.append(row);
    }
    const PageSlice slice = pageSlice(query, rows.size(), INDICATORS_DEFAULT_LIMIT);
    if (!slice.valid) {
        return detail(404, u"Invalid page."_s);
    }
    QJsonArray results;
    for (qsizetype i = slice.from; i < slice.to; ++i) {
        results.append(rows[i]);
    }
    const QJsonValue next = pageLink(path, query, slice.page < slice.pages ? slice.page + 1 : 0);
    const QJsonValue previous = pageLink(path, query, slice.page - 1);
    Reply reply;
    reply.body = toJson(QJsonObject{{u"count"_s, rows.size()},
                                    {u"next"_s, next},
                                    {u"previous"_s, previous},
                                    {u"results"_s, results}});
    return reply;
}

FakeOtxServer::Reply FakeOtxServer::searchPulses(const QString &path, const QueryItems &query) const
{
    const QString q = itemValue(query, u"q"_s).value_or(QString()).trimmed();
    QList<const QJsonObject *> hits;
    for (const QJsonObject &pulse : m_pulses) {
        bool match = q.isEmpty()
                     || pulse.value(u"name"_s).toString().contains(q, Qt::CaseInsensitive)
                     || pulse.value(u"description"_s).toString().contains(q, Qt::CaseInsensitive);
        for (const QJsonValue &tag : pulse.value(u"tags"_s).toArray()) {
            match = match || tag.toString().contains(q, Qt::CaseInsensitive);
        }
        if (match) {
            hits.append(&pulse);
        }
    }

    QString sort = itemValue(query, u"sort"_s).value_or(QString()).trimmed();
    const bool descending = sort.isEmpty() || sort.startsWith(u'-');
    const QString field = sort.isEmpty() ? u"modified"_s : sort.mid(descending ? 1 : 0);
    const auto less = [&field](const QJsonObject *a, const QJsonObject *b) {
        if (field == u"subscriber_count"_s) {
            return a->value(field).toDouble() < b->value(field).toDouble();
        }
        if (field == u"name"_s) {
            return a->value(field).toString() < b->value(field).toString();
        }
        const auto ta = parseIsoMicros(a->value(field).toString());
        const auto tb = parseIsoMicros(b->value(field).toString());
        return ta.value_or(NO_TIME) < tb.value_or(NO_TIME);
    };
    if (field == u"modified"_s || field == u"created"_s || field == u"subscriber_count"_s
        || field == u"name"_s) {
        std::stable_sort(hits.begin(), hits.end(), [&](const QJsonObject *a, const QJsonObject *b) {
            return descending ? less(b, a) : less(a, b);
        });
    }

    const PageSlice slice = pageSlice(query, hits.size(), SEARCH_DEFAULT_LIMIT);
    if (!slice.valid) {
        return detail(404, u"Invalid page."_s);
    }
    QJsonArray results;
    for (qsizetype i = slice.from; i < slice.to; ++i) {
        QJsonObject summary = *hits[i];
        const QJsonArray indicators = summary.take(u"indicators"_s).toArray();
        QJsonObject typeCounts;
        for (const QJsonValue &row : indicators) {
            const QString type = row[u"type"_s].toString();
            typeCounts[type] = typeCounts.value(type).toInt() + 1;
        }
        summary.insert(u"indicator_count"_s, indicators.size());
        summary.insert(u"indicator_type_counts"_s, typeCounts);
        if (summary.contains(u"tlp"_s)) {
            summary.insert(u"TLP"_s, summary.take(u"tlp"_s));
        }
        summary.remove(u"more_indicators"_s);
        results.append(summary);
    }
    const QJsonValue next = pageLink(path, query, slice.page < slice.pages ? slice.page + 1 : 0);
    const QJsonValue previous = pageLink(path, query, slice.page - 1);
    Reply reply;
    reply.body = toJson(QJsonObject{{u"count"_s, hits.size()},
                                    {u"next"_s, next},
                                    {u"previous"_s, previous},
                                    {u"results"_s, results},
                                    {u"exact_match"_s, u""_s}});
    return reply;
}

QJsonObject FakeOtxServer::servedPulse(const QJsonObject &pulse) const
{
    if (m_embeddedLimit < 0) {
        return pulse;
    }
    QJsonObject served = pulse;
    const QJsonArray all = pulse.value(u"indicators"_s).toArray();
    QJsonArray embedded;
    for (qsizetype i = 0; i < std::min<qsizetype>(all.size(), m_embeddedLimit); ++i) {
        embedded.append(all[i]);
    }
    served.insert(u"indicators"_s, embedded);
    served.insert(u"indicator_count"_s, all.size());
    served.insert(u"more_indicators"_s, all.size() > embedded.size());
    return served;
}

QJsonValue FakeOtxServer::pageLink(const QString &path, const QueryItems &query, int page) const
{
    if (page < 1) {
        return QJsonValue::Null;
    }
    // As DRF's replace_query_param/remove_query_param: `page` replaced where it stood (or
    // appended), dropped for page 1; encoded like Python's urlencode (space as `+`).
    QueryItems items;
    bool placed = false;
    for (const auto &item : query) {
        if (item.first != u"page"_s) {
            items.append(item);
        } else if (!placed) {
            placed = true;
            if (page > 1) {
                items.append({item.first, QString::number(page)});
            }
        }
    }
    if (!placed && page > 1) {
        items.append({u"page"_s, QString::number(page)});
    }
    const auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text).replace("%20", "+"));
    };
    QStringList pairs;
    for (const auto &[key, value] : std::as_const(items)) {
        pairs.append(encode(key) + u'=' + encode(value));
    }
    QString link = m_baseUrl.toString() + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    if (!pairs.isEmpty()) {
        link += u'?' + pairs.join(u'&');
    }
    return link;
}

int FakeOtxServer::findPulse(const QString &id) const
{
    if (id.isEmpty()) {
        return -1;
    }
    for (qsizetype i = 0; i < m_pulses.size(); ++i) {
        if (pulseIdOf(m_pulses[i]) == id) {
            return int(i);
        }
    }
    return -1;
}

void FakeOtxServer::sortPulses()
{
    m_cachedBodies.clear();
    QList<std::pair<qint64, QJsonObject>> keyed;
    keyed.reserve(m_pulses.size());
    for (const QJsonObject &pulse : std::as_const(m_pulses)) {
        const auto modified = parseIsoMicros(pulse.value(u"modified"_s).toString());
        keyed.append({modified.value_or(NO_TIME), pulse});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    m_pulses.clear();
    m_modifiedMicros.clear();
    for (const auto &[modified, pulse] : std::as_const(keyed)) {
        m_modifiedMicros.append(modified);
        m_pulses.append(pulse);
    }
}
