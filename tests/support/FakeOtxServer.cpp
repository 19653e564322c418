#include "tests/support/FakeOtxServer.h"

#include "tests/support/Fixtures.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>
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
const QString INDICATORS_PREFIX = u"/api/v1/indicators/"_s;
const QString INDICATOR_FIXTURES = u"otx/indicators"_s;
// Recorded paging links point at the real service; the fake serves them on itself instead.
const QString OTX_ORIGIN = u"https://otx.alienvault.com"_s;
const qint64 MS_PER_MINUTE = 60 * 1000;
const qint64 MS_PER_SECOND = 1000;
const qint64 MS_PER_DAY = 24 * 60 * 60 * 1000;
const int URL_LIST_DEFAULT_LIMIT = 20; // the only limit any url_list recording used
const int NIDS_LIST_LIMIT = 10;        // recorded: nids_list pages of 10
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

// One slug of `/api/v1/indicators/<slug>/…`: the sections the real `general` lists for it
// (otx-api.md section 2.2; url with the 2022/2023 `screenshot`), the pulse indicator types it
// looks up, and `type`/`type_title` of its `general` (file: by hash length, see below).
struct SlugInfo
{
    QString slug;
    QStringList sections;
    QStringList pulseTypes;
    QString type;
    QString typeTitle;
};

const SlugInfo *slugInfo(const QString &slug)
{
    static const QStringList ipSections = {u"general"_s,
                                           u"geo"_s,
                                           u"reputation"_s,
                                           u"url_list"_s,
                                           u"passive_dns"_s,
                                           u"malware"_s,
                                           u"nids_list"_s,
                                           u"http_scans"_s};
    static const QStringList nameSections = {u"general"_s,
                                             u"geo"_s,
                                             u"url_list"_s,
                                             u"passive_dns"_s,
                                             u"malware"_s,
                                             u"whois"_s,
                                             u"http_scans"_s};
    static const QList<SlugInfo> infos = {
            {u"IPv4"_s, ipSections, {u"IPv4"_s}, u"IPv4"_s, u"IPv4"_s},
            {u"IPv6"_s, ipSections, {u"IPv6"_s}, u"IPv6"_s, u"IPv6"_s},
            {u"domain"_s, nameSections, {u"domain"_s}, u"domain"_s, u"Domain"_s},
            {u"hostname"_s, nameSections, {u"hostname"_s}, u"hostname"_s, u"Hostname"_s},
            {u"url"_s,
             {u"general"_s, u"url_list"_s, u"http_scans"_s, u"screenshot"_s},
             {u"URL"_s},
             u"url"_s,
             u"URL"_s},
            {u"file"_s,
             {u"general"_s, u"analysis"_s},
             {u"FileHash-MD5"_s, u"FileHash-SHA1"_s, u"FileHash-SHA256"_s},
             {},
             {}},
            // Not recorded: CVE `general` captures carry no `type`/`type_title` at all.
            {u"cve"_s, {u"general"_s}, {u"CVE"_s}, u"CVE"_s, u"CVE"_s},
    };
    for (const SlugInfo &info : infos) {
        if (info.slug == slug) {
            return &info;
        }
    }
    return nullptr;
}

// The value as OTX compares it: domains, hostnames, hashes and CVE ids ignore case (names
// also a trailing dot), IPv6 compares as an address, IPv4 and URLs as given (trimmed).
QString normalisedValue(const QString &slug, const QString &value)
{
    QString v = value.trimmed();
    if (slug == u"IPv6"_s) {
        QHostAddress address;
        if (address.setAddress(v) && address.protocol() == QAbstractSocket::IPv6Protocol) {
            return address.toString();
        }
        return v.toLower();
    }
    if (slug == u"domain"_s || slug == u"hostname"_s) {
        v = v.toLower();
        while (v.endsWith(u'.')) {
            v.chop(1);
        }
        return v;
    }
    if (slug == u"file"_s) {
        return v.toLower();
    }
    if (slug == u"cve"_s) {
        return v.toUpper();
    }
    return v;
}

QString valueKey(const QString &slug, const QString &value)
{
    return slug + u'\n' + normalisedValue(slug, value);
}

QString sectionKey(const QString &slug, const QString &value, const QString &section)
{
    return valueKey(slug, value) + u'\n' + section;
}

// A proxy may collapse the `//` of an unencoded URL in the path; the real service still
// answered for `http://…` (url_*_single-slash-request_2017-11-16.json).
QString withSchemeSlashes(const QString &url)
{
    static const QRegularExpression collapsed(uR"(^([A-Za-z][A-Za-z0-9+.\-]*):/(?=[^/]))"_s);
    QString fixed = url;
    return fixed.replace(collapsed, u"\\1://"_s);
}

struct IndicatorPath
{
    QString slug;
    QString value;
    QString section;
};

// `/api/v1/indicators/<slug>/<indicator…>/<section>[/]` from the raw (still encoded) path:
// QUrl::path() would already have turned an encoded `%2F` into a segment boundary.
std::optional<IndicatorPath> indicatorPath(const QUrl &url)
{
    QString raw = url.path(QUrl::FullyEncoded);
    if (raw.size() > 1 && raw.endsWith(u'/')) {
        raw.chop(1);
    }
    if (!raw.startsWith(INDICATORS_PREFIX)) {
        return std::nullopt;
    }
    const QStringList parts = raw.mid(INDICATORS_PREFIX.size()).split(u'/');
    if (parts.size() < 3) {
        return std::nullopt;
    }
    const auto decode = [](const QString &text) {
        return QUrl::fromPercentEncoding(text.toLatin1());
    };
    IndicatorPath path;
    path.slug = decode(parts.first());
    path.section = decode(parts.last());
    path.value = decode(parts.mid(1, parts.size() - 2).join(u'/'));
    if (path.slug == u"url"_s) {
        path.value = withSchemeSlashes(path.value);
    }
    return path;
}

// The geo fields of the latest recorded IPv4 `general` (2023), in its order.
const QStringList &geoFields()
{
    static const QStringList fields = {u"asn"_s,
                                       u"city_data"_s,
                                       u"city"_s,
                                       u"region"_s,
                                       u"continent_code"_s,
                                       u"country_code3"_s,
                                       u"country_code2"_s,
                                       u"subdivision"_s,
                                       u"latitude"_s,
                                       u"postal_code"_s,
                                       u"longitude"_s,
                                       u"accuracy_radius"_s,
                                       u"country_code"_s,
                                       u"country_name"_s,
                                       u"dma_code"_s,
                                       u"charset"_s,
                                       u"area_code"_s,
                                       u"flag_url"_s,
                                       u"flag_title"_s};
    return fields;
}

void insertNullGeo(QJsonObject &object, bool withAsn)
{
    for (const QString &field : geoFields()) {
        if (withAsn || field != u"asn"_s) {
            object.insert(field, QJsonValue::Null);
        }
    }
}

// The registrable domain as the recorded `general`s show it (`mail.vspcord.com` ->
// `vspcord.com`): the last two labels, which is wrong for suffixes such as `co.uk`.
QString lastTwoLabels(const QString &host)
{
    const QStringList labels = host.split(u'.', Qt::SkipEmptyParts);
    return labels.size() <= 2 ? host : labels.mid(labels.size() - 2).join(u'.');
}

void appendDistinct(QJsonArray &into, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || into.contains(value)) {
        return;
    }
    into.append(value);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
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
                handle(request, std::move(responder));
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
        m_recordingBodies.clear(); // recorded links are rewritten onto the base URL
        m_cachedBodies.clear();
    }
    return port;
}

QUrl FakeOtxServer::baseUrl() const
{
    return m_baseUrl;
}

void FakeOtxServer::setApiKey(const QString &key)
{
    setApiKeys(key.isEmpty() ? QStringList() : QStringList{key});
}

void FakeOtxServer::setApiKeys(const QStringList &keys)
{
    m_keys.clear();
    for (const QString &key : keys) {
        KeyState state;
        state.hash = key.isEmpty() ? QByteArray() : keyHash(key.toUtf8());
        m_keys.append(state);
    }
}

void FakeOtxServer::revokeKey(int index)
{
    if (index >= 0 && index < m_keys.size()) {
        m_keys[index].revoked = true;
    }
}

void FakeOtxServer::restoreKey(int index)
{
    if (index >= 0 && index < m_keys.size()) {
        m_keys[index].revoked = false;
    }
}

void FakeOtxServer::setKeyLimits(int index, int perMinute, int perDay, RetryAfterMode mode)
{
    if (index < 0 || index >= m_keys.size()) {
        qWarning() << "FakeOtxServer: no key" << index << "to limit";
        return;
    }
    KeyState &state = m_keys[index];
    state.perMinute = std::max(perMinute, 0);
    state.perDay = std::max(perDay, 0);
    state.retryAfter = mode;
}

void FakeOtxServer::setClock(std::function<qint64()> msSinceEpoch)
{
    m_clock = std::move(msSinceEpoch);
}

void FakeOtxServer::setLatencyMs(int ms)
{
    m_latencyMs = std::max(ms, 0);
}

FakeOtxServer::KeyLedger FakeOtxServer::ledger(int keyIndex) const
{
    return keyIndex >= 0 && keyIndex < m_keys.size() ? m_keys[keyIndex].ledger : KeyLedger();
}

int FakeOtxServer::indicatorRequestCount(const QString &slug,
                                         const QString &indicator,
                                         const QString &section) const
{
    const QString value = slug == u"url"_s ? withSchemeSlashes(indicator) : indicator;
    return m_indicatorRequests.value(sectionKey(slug, value, section));
}

int FakeOtxServer::maxInFlight() const
{
    return m_maxInFlight;
}

QStringList FakeOtxServer::indicatorSections(const QString &slug)
{
    const SlugInfo *info = slugInfo(slug);
    return info ? info->sections : QStringList();
}

void FakeOtxServer::addUnknownIndicator(const QString &slug, const QString &indicator)
{
    const QString value = slug == u"url"_s ? withSchemeSlashes(indicator) : indicator;
    m_unknownIndicators.insert(valueKey(slug, value));
    m_cachedBodies.clear();
}

qint64 FakeOtxServer::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
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

void FakeOtxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrl url = request.url();
    const QString path = url.path();

    RecordedRequest record;
    record.path = path;
    record.query = request.query();
    record.atMs = now();
    QByteArray key;
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (name.compare("X-OTX-API-KEY", Qt::CaseInsensitive) == 0) {
            record.hadKey = true;
            key = value;
            break;
        }
    }
    bool keysConfigured = false;
    const QByteArray hash = record.hadKey ? keyHash(key) : QByteArray();
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        keysConfigured = keysConfigured || !m_keys[i].hash.isEmpty();
        if (record.keyIndex < 0 && record.hadKey && !m_keys[i].hash.isEmpty()
            && m_keys[i].hash == hash) {
            record.keyIndex = int(i);
        }
    }
    record.keyMatched = record.keyIndex >= 0;
    m_requests.append(record);

    const int keyIndex = record.keyIndex;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    if (keyIndex >= 0) {
        KeyState &state = m_keys[keyIndex];
        state.ledger.maxInFlight = std::max(state.ledger.maxInFlight, ++state.inFlight);
    }

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

    // A faulted request never reaches the API: it is answered (the body is needed for
    // TruncatedJson and DropConnection) but neither throttled nor counted.
    Reply reply;
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply = detail(405, u"Method not allowed."_s);
        reply.headers.append({QByteArray("Allow"), QByteArray("GET")});
    } else if (keysConfigured && keyIndex < 0) {
        reply = detail(403, u"Authentication required"_s);
    } else if (keyIndex >= 0 && m_keys[keyIndex].revoked) {
        reply = detail(403, u"Authentication required"_s);
        if (!fault) {
            ++m_keys[keyIndex].ledger.rejected;
        }
    } else if (std::optional<Reply> throttled =
                       !fault && keyIndex >= 0 ? throttle(keyIndex, record.atMs) : std::nullopt) {
        reply = *throttled;
    } else {
        if (!fault) {
            if (const std::optional<IndicatorPath> indicator = indicatorPath(url)) {
                ++m_indicatorRequests[sectionKey(indicator->slug,
                                                 indicator->value,
                                                 indicator->section)];
            }
        }
        const QString cacheKey =
                url.path(QUrl::FullyEncoded) + u'?' + url.query(QUrl::FullyEncoded);
        if (m_cacheReplies && m_cachedBodies.contains(cacheKey)) {
            reply.body = m_cachedBodies.value(cacheKey);
        } else {
            reply = route(url, path, decodeQuery(url));
            if (m_cacheReplies && reply.status == 200) {
                m_cachedBodies.insert(cacheKey, reply.body);
            }
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

    if (m_latencyMs <= 0) {
        send(responder, reply, drop);
        finishInFlight(keyIndex);
        return;
    }
    // Qt 6.4's QHttpServerResponder is move-only and keeps a raw socket pointer (and a
    // reference to the request, which writing never touches), so it can outlive the handler.
    // The socket may not: QAbstractHttpServer deletes it when the client disconnects first.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(m_latencyMs, this, [this, held, socket, reply, drop, keyIndex] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            send(*held, reply, drop);
        }
        finishInFlight(keyIndex);
    });
}

void FakeOtxServer::send(QHttpServerResponder &responder, const Reply &reply, bool drop) const
{
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

void FakeOtxServer::finishInFlight(int keyIndex)
{
    m_inFlight = std::max(m_inFlight - 1, 0);
    if (keyIndex >= 0 && keyIndex < m_keys.size()) {
        m_keys[keyIndex].inFlight = std::max(m_keys[keyIndex].inFlight - 1, 0);
    }
}

std::optional<FakeOtxServer::Reply> FakeOtxServer::throttle(int index, qint64 at)
{
    KeyState &state = m_keys[index];
    // As DRF's SimpleRateThrottle: entries at least a window old no longer count.
    while (!state.lastMinute.isEmpty() && state.lastMinute.first() <= at - MS_PER_MINUTE) {
        state.lastMinute.removeFirst();
    }
    while (!state.lastSecond.isEmpty() && state.lastSecond.first() <= at - MS_PER_SECOND) {
        state.lastSecond.removeFirst();
    }
    const qint64 day = floorDiv(at, MS_PER_DAY);
    if (day != state.day) {
        state.day = day;
        state.acceptedToday = 0;
    }

    qint64 waitMs = -1; // until a slot frees under every exceeded limit
    const qsizetype inWindow = state.lastMinute.size();
    if (state.perMinute > 0 && inWindow >= state.perMinute) {
        waitMs = state.lastMinute[inWindow - state.perMinute] + MS_PER_MINUTE - at;
    }
    if (state.perDay > 0 && state.acceptedToday >= state.perDay) {
        waitMs = std::max(waitMs, (day + 1) * MS_PER_DAY - at);
    }
    if (waitMs >= 0) {
        ++state.ledger.throttled;
        // DRF rounds up (math.ceil) and words one second in the singular.
        const qint64 seconds = std::max<qint64>((waitMs + MS_PER_SECOND - 1) / MS_PER_SECOND, 1);
        Reply reply = detail(429,
                             u"Request was throttled. Expected available in %1 %2."_s.arg(
                                     QString::number(seconds),
                                     seconds == 1 ? u"second"_s : u"seconds"_s));
        if (state.retryAfter == RetryAfterMode::WithRetryAfter) {
            reply.headers.append({QByteArray("Retry-After"), QByteArray::number(seconds)});
        }
        return reply;
    }

    state.lastMinute.append(at);
    state.lastSecond.append(at);
    ++state.acceptedToday;
    ++state.ledger.accepted;
    state.ledger.maxInAnyMinute =
            std::max(state.ledger.maxInAnyMinute, int(state.lastMinute.size()));
    state.ledger.maxInAnySecond =
            std::max(state.ledger.maxInAnySecond, int(state.lastSecond.size()));
    return std::nullopt;
}

FakeOtxServer::Reply FakeOtxServer::route(const QUrl &url,
                                          const QString &path,
                                          const QueryItems &query) const
{
    if (const std::optional<IndicatorPath> indicator = indicatorPath(url)) {
        return indicatorDetails(indicator->slug, indicator->value, indicator->section, query);
    }
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

FakeOtxServer::Reply FakeOtxServer::indicatorDetails(const QString &slug,
                                                     const QString &value,
                                                     const QString &section,
                                                     const QueryItems &query) const
{
    const SlugInfo *info = slugInfo(slug);
    if (!info || !info->sections.contains(section) || value.trimmed().isEmpty()
        || m_unknownIndicators.contains(valueKey(slug, value))) {
        return detail(404, u"Not found."_s);
    }
    const auto positive = [&query](const QString &name) -> std::optional<int> {
        bool ok = false;
        const int number = itemValue(query, name).value_or(QString()).trimmed().toInt(&ok);
        return ok && number > 0 ? std::optional<int>(number) : std::nullopt;
    };
    const int page = positive(u"page"_s).value_or(1);
    const std::optional<int> limit = positive(u"limit"_s);

    if (!m_recordingsIndexed) {
        indexRecordings();
    }
    const auto recorded = m_recordings.constFind(sectionKey(slug, value, section));
    if (recorded != m_recordings.cend()) {
        return recordedReply(*recorded, slug, section, page, limit.value_or(0), limit.has_value());
    }
    Reply reply;
    if (section == u"general"_s) {
        const std::optional<QJsonObject> general = syntheticGeneral(slug, value);
        if (!general) {
            return detail(404, u"Not found."_s);
        }
        reply.body = toJson(*general);
        return reply;
    }
    reply.body = toJson(
            emptySection(slug, value, section, page, limit.value_or(URL_LIST_DEFAULT_LIMIT)));
    return reply;
}

std::optional<QJsonObject> FakeOtxServer::syntheticGeneral(const QString &slug,
                                                           const QString &value) const
{
    const SlugInfo *info = slugInfo(slug);
    if (!info) {
        return std::nullopt;
    }
    const QString indicator = value.trimmed();
    QString type = info->type;
    QString typeTitle = info->typeTitle;
    if (slug == u"file"_s) {
        // `type` is the hash kind (recorded: "sha1" / "FileHash-SHA1"); other lengths are
        // not a hash OTX could know, and the fake answers them as unknown.
        switch (indicator.size()) {
        case 32:
            type = u"md5"_s;
            typeTitle = u"FileHash-MD5"_s;
            break;
        case 40:
            type = u"sha1"_s;
            typeTitle = u"FileHash-SHA1"_s;
            break;
        case 64:
            type = u"sha256"_s;
            typeTitle = u"FileHash-SHA256"_s;
            break;
        default:
            return std::nullopt;
        }
    }

    const QString wanted = normalisedValue(slug, indicator);
    QJsonArray summaries;
    QJsonObject baseIndicator;
    QJsonArray references;
    QJsonObject related;
    for (const QString &group : {u"alienvault"_s, u"other"_s}) {
        related.insert(group,
                       QJsonObject{{u"adversary"_s, QJsonArray()},
                                   {u"malware_families"_s, QJsonArray()},
                                   {u"industries"_s, QJsonArray()}});
    }
    for (const QJsonObject &pulse : m_pulses) {
        const QJsonArray rows = pulse.value(u"indicators"_s).toArray();
        std::optional<QJsonObject> hit;
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            if (info->pulseTypes.contains(object.value(u"type"_s).toString())
                && normalisedValue(slug, object.value(u"indicator"_s).toString()) == wanted) {
                hit = object;
                break;
            }
        }
        if (!hit) {
            continue;
        }
        if (baseIndicator.isEmpty()) { // the newest pulse's row, as OTX's indicator record
            const QJsonValue id =
                    hit->contains(u"id"_s) ? hit->value(u"id"_s) : hit->value(u"_id"_s);
            baseIndicator = QJsonObject{{u"id"_s, id},
                                        {u"indicator"_s, hit->value(u"indicator"_s)},
                                        {u"type"_s, hit->value(u"type"_s)},
                                        {u"title"_s, hit->value(u"title"_s).toString()},
                                        {u"description"_s, hit->value(u"description"_s).toString()},
                                        {u"content"_s, hit->value(u"content"_s).toString()},
                                        {u"access_type"_s, u"public"_s},
                                        {u"access_reason"_s, u""_s}};
        }

        QJsonObject observation = pulse; // recorded: the pulse as stored, without indicators
        observation.remove(u"indicators"_s);
        QJsonObject summary = observation;
        QJsonObject typeCounts;
        for (const QJsonValue &row : rows) {
            const QString rowType = row[u"type"_s].toString();
            typeCounts[rowType] = typeCounts.value(rowType).toInt() + 1;
        }
        summary.insert(u"indicator_count"_s, rows.size());
        summary.insert(u"indicator_type_counts"_s, typeCounts);
        if (summary.contains(u"tlp"_s)) {
            summary.insert(u"TLP"_s, summary.take(u"tlp"_s));
        }
        summary.remove(u"more_indicators"_s);
        const QString author = pulse.value(u"author"_s).isObject()
                                       ? pulse[u"author"_s][u"username"_s].toString()
                                       : pulse.value(u"author_name"_s).toString();
        if (!summary.value(u"author"_s).isObject()) {
            summary.insert(u"author"_s, QJsonObject{{u"username"_s, author}});
        }
        for (const QString &list : {u"tags"_s,
                                    u"references"_s,
                                    u"targeted_countries"_s,
                                    u"malware_families"_s,
                                    u"attack_ids"_s,
                                    u"industries"_s}) {
            if (!summary.value(list).isArray()) {
                summary.insert(list, QJsonArray());
            }
        }
        if (!summary.contains(u"adversary"_s)) {
            summary.insert(u"adversary"_s, u""_s);
        }
        summary.insert(u"observation"_s, observation);
        summaries.append(summary);

        for (const QJsonValue &reference : summary.value(u"references"_s).toArray()) {
            appendDistinct(references, reference);
        }
        const QString group = author == u"AlienVault"_s ? u"alienvault"_s : u"other"_s;
        QJsonObject bucket = related.value(group).toObject();
        QJsonArray adversaries = bucket.value(u"adversary"_s).toArray();
        appendDistinct(adversaries, summary.value(u"adversary"_s));
        bucket.insert(u"adversary"_s, adversaries);
        for (const QString &list : {u"malware_families"_s, u"industries"_s}) {
            QJsonArray values = bucket.value(list).toArray();
            for (const QJsonValue &item : summary.value(list).toArray()) {
                appendDistinct(values, item);
            }
            bucket.insert(list, values);
        }
        related.insert(group, bucket);
    }

    QJsonObject general{{u"indicator"_s, indicator},
                        {u"type"_s, type},
                        {u"type_title"_s, typeTitle},
                        {u"sections"_s, QJsonArray::fromStringList(info->sections)},
                        {u"base_indicator"_s, baseIndicator},
                        {u"pulse_info"_s,
                         QJsonObject{{u"count"_s, summaries.size()},
                                     {u"pulses"_s, summaries},
                                     {u"references"_s, references},
                                     {u"related"_s, related}}},
                        {u"validation"_s, QJsonArray()},
                        {u"false_positive"_s, QJsonArray()}};
    const auto whoisOf = [](const QString &name) {
        return u"http://whois.domaintools.com/"_s + name;
    };
    const auto alexaOf = [](const QString &name) {
        return u"http://www.alexa.com/siteinfo/"_s + name;
    };
    if (slug == u"IPv4"_s || slug == u"IPv6"_s) {
        general.insert(u"whois"_s, whoisOf(indicator));
        general.insert(u"reputation"_s, 0);
        insertNullGeo(general, slug == u"IPv4"_s);
    } else if (slug == u"domain"_s) {
        general.insert(u"whois"_s, whoisOf(indicator));
        general.insert(u"alexa"_s, alexaOf(indicator));
    } else if (slug == u"hostname"_s) {
        general.insert(u"whois"_s, whoisOf(indicator));
        general.insert(u"alexa"_s, alexaOf(indicator));
        general.insert(u"domain"_s, lastTwoLabels(indicator.toLower()));
    } else if (slug == u"url"_s) {
        const QString host = QUrl(indicator).host();
        const QString domain = lastTwoLabels(host);
        general.insert(u"whois"_s, whoisOf(domain));
        general.insert(u"alexa"_s, alexaOf(domain));
        general.insert(u"domain"_s, domain);
        general.insert(u"hostname"_s, host);
    } else if (slug == u"cve"_s) {
        general.insert(u"cve"_s, indicator);
    }
    return general;
}

QJsonObject FakeOtxServer::emptySection(const QString &slug,
                                        const QString &value,
                                        const QString &section,
                                        int page,
                                        int limit)
{
    QJsonObject empty;
    if (section == u"geo"_s) {
        insertNullGeo(empty, true);
    } else if (section == u"reputation"_s) {
        empty.insert(u"reputation"_s, QJsonValue::Null);
    } else if (section == u"passive_dns"_s) {
        empty = QJsonObject{{u"passive_dns"_s, QJsonArray()}, {u"count"_s, 0}};
    } else if (section == u"malware"_s) {
        empty = QJsonObject{{u"count"_s, 0},
                            {u"size"_s, 0},
                            {u"data"_s, QJsonArray()},
                            {u"next"_s, QJsonValue::Null},
                            {u"previous"_s, QJsonValue::Null}};
    } else if (section == u"nids_list"_s) {
        empty = QJsonObject{{u"count"_s, 0},
                            {u"results"_s, QJsonArray()},
                            {u"next"_s, QJsonValue::Null},
                            {u"previous"_s, QJsonValue::Null},
                            {u"limit"_s, NIDS_LIST_LIMIT},
                            {u"page"_s, page}};
    } else if (section == u"url_list"_s && slug == u"url"_s) {
        empty = QJsonObject{{u"url_list"_s, QJsonArray()},
                            {u"net_loc"_s, QUrl(value.trimmed()).host()}};
        insertNullGeo(empty, false); // as recorded: no `asn` next to a url's url_list
    } else if (section == u"url_list"_s) {
        empty = QJsonObject{{u"has_next"_s, false},
                            {u"actual_size"_s, 0},
                            {u"full_size"_s, 0},
                            {u"page_num"_s, page},
                            {u"limit"_s, limit},
                            {u"paged"_s, true},
                            {u"url_list"_s, QJsonArray()}};
    } else if (section == u"http_scans"_s) {
        empty = QJsonObject{{u"count"_s, 0}, {u"data"_s, QJsonArray()}};
    } else if (section == u"whois"_s) {
        empty = QJsonObject{{u"count"_s, 0},
                            {u"data"_s, QJsonArray()},
                            {u"related"_s, QJsonArray()}};
    } else if (section == u"analysis"_s) {
        empty = QJsonObject{{u"malware"_s, QJsonObject()},
                            {u"page_type"_s, QJsonValue::Null},
                            {u"analysis"_s, QJsonValue::Null}};
    }
    return empty; // screenshot: nothing recorded to take an envelope from
}

FakeOtxServer::Reply FakeOtxServer::recordedReply(const QList<Recording> &set,
                                                  const QString &slug,
                                                  const QString &section,
                                                  int page,
                                                  int limit,
                                                  bool limitGiven) const
{
    Reply reply;
    const bool paged = (section == u"url_list"_s && slug != u"url"_s) || section == u"malware"_s
                       || section == u"nids_list"_s;
    if (!paged) {
        reply.body = recordingBody(set.last()); // the last of one capture in recorded order
        return reply;
    }
    for (auto it = set.crbegin(); it != set.crend(); ++it) {
        if (it->page == page && (!limitGiven || it->limit == 0 || it->limit == limit)) {
            reply.body = recordingBody(*it);
            return reply;
        }
    }
    // Not recorded: a recorded page's envelope with nothing in it and nothing after it.
    QJsonObject envelope = QJsonDocument::fromJson(recordingBody(set.first())).object();
    if (section == u"url_list"_s) {
        envelope.insert(u"url_list"_s, QJsonArray());
        envelope.insert(u"has_next"_s, false);
        envelope.insert(u"page_num"_s, page);
        if (limitGiven) {
            envelope.insert(u"limit"_s, limit);
        }
    } else {
        envelope.insert(section == u"malware"_s ? u"data"_s : u"results"_s, QJsonArray());
        envelope.insert(u"next"_s, QJsonValue::Null);
        envelope.insert(u"previous"_s, QJsonValue::Null);
        if (section == u"nids_list"_s) {
            envelope.insert(u"page"_s, page);
        }
    }
    reply.body = toJson(envelope);
    return reply;
}

QByteArray FakeOtxServer::recordingBody(const Recording &recording) const
{
    const auto cached = m_recordingBodies.constFind(recording.file);
    if (cached != m_recordingBodies.cend()) {
        return *cached;
    }
    QByteArray body;
    if (recording.wrapped) {
        const QJsonDocument doc = Fixtures::load(recording.file);
        body = toJson(doc.array().at(0)[u"json_body"_s].toObject());
    } else {
        QFile file(Fixtures::root() + u'/' + recording.file);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning().noquote() << "Fixture could not be opened:" << file.fileName()
                                 << file.errorString();
        }
        body = file.readAll();
    }
    if (body.contains(OTX_ORIGIN.toLatin1())) {
        QJsonObject object = QJsonDocument::fromJson(body).object();
        bool rewritten = false;
        for (const QString &link : {u"next"_s, u"previous"_s}) {
            const QString target = object.value(link).toString();
            if (target.startsWith(OTX_ORIGIN + u"/api/"_s)) {
                object.insert(link, m_baseUrl.toString() + target.mid(OTX_ORIGIN.size()));
                rewritten = true;
            }
        }
        if (rewritten) {
            body = toJson(object);
        }
    }
    m_recordingBodies.insert(recording.file, body);
    return body;
}

void FakeOtxServer::indexRecordings() const
{
    m_recordingsIndexed = true;
    m_recordings.clear();
    const QDir dir(Fixtures::root() + u'/' + INDICATOR_FIXTURES);
    if (!dir.exists()) {
        return; // no fixtures: every value is unrecorded
    }
    // `<slug>_<value or short name>_<section>[_…]` as SOURCES.md names them; the value is
    // the shortest prefix followed by a section name.
    static const QRegularExpression namePattern(
            uR"(^(?:recorded-wrapper_)?(ipv4|ipv6|domain|hostname|url|file|cve)_(.+?)_)"
            uR"((general|geo|reputation|url_list|passive_dns|malware|nids_list|http_scans|whois|)"
            uR"(analysis|screenshot)(?:_|\.json$))"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pagePattern(uR"(_page(\d+)(?=_|\.json$))"_s);
    static const QRegularExpression limitPattern(uR"(_limit(\d+)(?=_|\.json$))"_s);
    static const QRegularExpression pageFilePattern(uR"(^page-(\d+)\.json$)"_s);
    static const QRegularExpression numberedFilePattern(uR"(^(\d+)_(.+\.json)$)"_s);

    struct Candidate
    {
        QString slug;
        QString token; // the value, or a short name resolved through a `general` body
        QString section;
        Recording recording;
        int rank = 0;          // capture date
        int order = 0;         // recorded order within one capture
        bool pageFile = false; // `page-N.json`: page and limit come from the names
    };
    QList<Candidate> candidates;
    const auto parse = [](const QString &name, Candidate &candidate) {
        const QRegularExpressionMatch m = namePattern.match(name);
        if (!m.hasMatch()) {
            return false;
        }
        const QString slug = m.captured(1).toLower();
        candidate.slug = slug == u"ipv4"_s ? u"IPv4"_s : slug == u"ipv6"_s ? u"IPv6"_s : slug;
        candidate.token = m.captured(2);
        candidate.section = m.captured(3).toLower();
        return true;
    };

    const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const QString relative = INDICATOR_FIXTURES + u'/' + name;
        if (!entry.isDir()) {
            Candidate candidate;
            if (!name.endsWith(u".json"_s) || !parse(name, candidate)) {
                continue; // export pages, nids and correlation-rule details
            }
            candidate.recording.file = relative;
            candidate.recording.wrapped = name.startsWith(u"recorded-wrapper_"_s);
            const QRegularExpressionMatch page = pagePattern.match(name);
            candidate.recording.page = page.hasMatch() ? page.captured(1).toInt() : 1;
            const QRegularExpressionMatch limit = limitPattern.match(name);
            candidate.recording.limit = limit.hasMatch() ? limit.captured(1).toInt() : 0;
            candidate.rank = captureDateRank(name);
            candidates.append(candidate);
            continue;
        }
        // A directory is one capture: either the pages of one section (`page-N.json`) or a
        // sequence of requests (`NN_<Slug>_<value>_<section>.json`, in recorded order).
        Candidate pages;
        const bool isPages = parse(name, pages);
        const QRegularExpressionMatch dirLimit = limitPattern.match(name);
        const QStringList files =
                QDir(entry.filePath()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            Candidate candidate;
            const QRegularExpressionMatch pageFile = pageFilePattern.match(file);
            const QRegularExpressionMatch numbered = numberedFilePattern.match(file);
            if (isPages && pageFile.hasMatch()) {
                candidate = pages;
                candidate.recording.page = pageFile.captured(1).toInt();
                candidate.recording.limit = dirLimit.hasMatch() ? dirLimit.captured(1).toInt() : 0;
                candidate.order = candidate.recording.page;
                candidate.pageFile = true;
            } else if (numbered.hasMatch() && parse(numbered.captured(2), candidate)) {
                candidate.order = numbered.captured(1).toInt();
            } else {
                continue;
            }
            candidate.recording.file = relative + u'/' + file;
            candidate.rank = captureDateRank(name);
            candidates.append(candidate);
        }
    }

    // Bodies tell what the names cannot: the full value of a `general` (url and file names
    // are shortened), and the page and limit of single url_list/nids_list pages.
    QHash<QString, QString> values; // slug + token -> indicator from a `general` body
    for (Candidate &candidate : candidates) {
        const bool needsBody =
                candidate.section == u"general"_s
                || (!candidate.pageFile
                    && (candidate.section == u"url_list"_s || candidate.section == u"nids_list"_s));
        if (!needsBody) {
            continue;
        }
        const QJsonDocument doc = Fixtures::load(candidate.recording.file);
        const QJsonObject body = candidate.recording.wrapped
                                         ? doc.array().at(0)[u"json_body"_s].toObject()
                                         : doc.object();
        if (candidate.section == u"general"_s) {
            const QString indicator = body.value(u"indicator"_s).toString();
            if (!indicator.isEmpty()) {
                values.insert(candidate.slug + u'\n' + candidate.token, indicator);
            }
        } else if (candidate.section == u"url_list"_s && body.contains(u"page_num"_s)) {
            candidate.recording.page = body.value(u"page_num"_s).toInt(1);
            candidate.recording.limit = body.value(u"limit"_s).toInt(0);
        } else if (candidate.section == u"nids_list"_s && body.contains(u"page"_s)) {
            candidate.recording.page = body.value(u"page"_s).toInt(1);
        }
    }

    QHash<QString, int> latest; // key -> rank of the capture kept
    QHash<QString, QList<std::pair<int, Recording>>> kept;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QString value =
                values.value(candidate.slug + u'\n' + candidate.token, candidate.token);
        const QString key = sectionKey(candidate.slug, value, candidate.section);
        const auto known = latest.constFind(key);
        if (known != latest.cend() && *known > candidate.rank) {
            continue;
        }
        if (known == latest.cend() || *known < candidate.rank) {
            latest.insert(key, candidate.rank);
            kept.insert(key, {});
        }
        kept[key].append({candidate.order, candidate.recording});
    }
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        QList<Recording> set;
        for (const auto &[order, recording] : std::as_const(*it)) {
            set.append(recording);
        }
        m_recordings.insert(it.key(), set);
    }
}
