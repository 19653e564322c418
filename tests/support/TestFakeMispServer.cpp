#include "tests/support/FakeMispServer.h"
#include "tests/support/Fixtures.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QByteArray TEST_KEY = "0123456789abcdefghijABCDEFGHIJ0123456789";
const QByteArray KEY_PLACEHOLDER = "<LOCAL_TEST_AUTHKEY_40_CHARS>";
// The recorded server's clock at 03-events-add: the edit transcripts send attribute
// timestamps relative to it (12b newer, 12c older).
const qint64 RECORDED_CLOCK = 1796380253;
const qint64 HOUR = 3600;
const qint64 DAY = 24 * HOUR;

// The search corpus (seedSearchCorpus()): event uuids and attribute values by attribute id.
const QString ALPHA_UUID = u"a1a1a1a1-0000-4000-8000-00000000000a"_s;
const QString BRAVO_UUID = u"b2b2b2b2-0000-4000-8000-00000000000b"_s;
const QString CHARLIE_UUID = u"c3c3c3c3-0000-4000-8000-00000000000c"_s;
const QStringList CORPUS_VALUES{
        u"203.0.113.1"_s,
        u"evil.example"_s,
        u"site.example|198.51.100.9"_s,
        u"https://blog.example/x"_s,
        u"a@evil.example"_s,
        u"b@evil.example"_s,
        u"2001:db8::1"_s,
        u"d41d8cd98f00b204e9800998ecf8427e"_s,
        u"192.0.2.9"_s,
        u"203.0.113.3"_s,
        u"deleted.example"_s,
        u"c2.evil.example"_s,
        u"http://evil.example/late"_s,
};
const QList<int> LIVE{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13};

QStringList corpusValues(const QList<int> &ids)
{
    QStringList values;
    for (const int id : ids) {
        values.append(CORPUS_VALUES.at(id - 1));
    }
    return values;
}

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// The recorded run in its order (environment.json: "01-03, 04, 05-09d, 09e-09g, 10-11f, 12,
// 13-13e+14-14f, 13f+15-16h, 12b-12h, 17-17f, 18-19, 20-23e, 04b+24-24c, 11g+10f").
QStringList chronology()
{
    QStringList names{
            u"01-getVersion"_s,
            u"02-users-view-me"_s,
            u"03-events-add"_s,
            u"04-events-add-same-uuid-again"_s,
            u"05-attributes-add-duplicate-value"_s,
            u"05b-attributes-add-duplicate-value-other-category"_s,
            u"05c-attributes-add-duplicate-value-wrapped"_s,
            u"06-attributes-add-invalid-ip-dst"_s,
            u"07-attributes-add-defanged-url"_s,
            u"07b-attributes-add-defanged-domain"_s,
            u"07c-attributes-add-defanged-ip"_s,
            u"08-attributes-add-unknown-type"_s,
            u"08b-attributes-add-type-category-mismatch"_s,
            u"08c-attributes-add-bad-md5"_s,
            u"09-attributes-add-new-valid"_s,
            u"09b-attributes-add-batch-mixed"_s,
            u"09c-attributes-add-nonexistent-event"_s,
            u"09d-attributes-add-by-event-uuid"_s,
            u"09e-attributes-add-new-valid"_s,
            u"09f-attributes-add-batch-two-valid"_s,
            u"09g-attributes-add-batch-all-invalid"_s,
            u"10-events-restSearch-limit-page"_s,
            u"10b-events-restSearch-page2-empty"_s,
            u"10c-events-restSearch-by-uuid"_s,
            u"10d-events-restSearch-tags"_s,
            u"10e-events-restSearch-nomatch"_s,
            u"11-attributes-restSearch-type-list"_s,
            u"11b-attributes-restSearch-type-string"_s,
            u"11c-attributes-restSearch-type-or-not"_s,
            u"11d-attributes-restSearch-value-limit"_s,
            u"11e-attributes-restSearch-nomatch"_s,
            u"11f-attributes-restSearch-unknown-type"_s,
            u"12-events-edit-add-attributes"_s,
            u"13-wrong-key-40chars"_s,
            u"13b-wrong-key-short"_s,
            u"13c-no-key"_s,
            u"13d-wrong-key-post-events-add"_s,
            u"13e-wrong-key-no-accept"_s,
            u"14-no-accept-getVersion"_s,
            u"14b-no-accept-events-index"_s,
            u"14c-no-accept-json-ctype-restSearch"_s,
            u"14d-no-accept-no-ctype-attr-add"_s,
            u"14e-no-accept-json-ctype-attr-add"_s,
            u"14f-accept-star"_s,
            u"13f-wrong-key-restSearch-no-accept"_s,
            u"15-events-view-id"_s,
            u"15b-events-view-uuid"_s,
            u"15c-events-view-missing"_s,
            u"15d-events-view-missing-uuid"_s,
            u"16-events-add-missing-info"_s,
            u"16b-events-add-no-wrapper"_s,
            u"16c-events-add-invalid-and-duplicate-attrs"_s,
            u"16d-events-add-same-info-no-uuid"_s,
            u"16e-events-add-same-uuid-uppercase"_s,
            u"16f-events-add-invalid-uuid"_s,
            u"16g-events-add-empty-body"_s,
            u"16h-events-add-invalid-json"_s,
            u"12b-events-edit-update-attr-by-uuid-newer-ts"_s,
            u"12c-events-edit-update-attr-by-uuid-same-ts"_s,
            u"12d-events-edit-update-attr-by-uuid-no-ts"_s,
            u"12e-events-edit-old-event-timestamp"_s,
            u"12f-events-edit-by-uuid"_s,
            u"12g-events-edit-missing"_s,
            u"12h-events-edit-with-tags"_s,
            u"17-events-add-for-delete"_s,
            u"17b-events-delete"_s,
            u"17c-events-add-after-delete-same-uuid"_s,
            u"17d-events-delete-missing"_s,
            u"17e-attributes-delete"_s,
            u"17f-attributes-add-after-soft-delete"_s,
            u"18-events-add-normalisation-container"_s,
    };
    for (const char *probe :
         {"00-domain",    "01-domain",    "02-domain",    "03-domain",        "04-domain",
          "05-domain",    "06-domain",    "07-domain",    "08-domain",        "09-hostname",
          "10-hostname",  "11-ip-dst",    "12-ip-dst",    "13-ip-dst",        "14-ip-dst",
          "15-ip-dst",    "16-ip-dst",    "17-url",       "18-url",           "19-url",
          "20-url",       "21-md5",       "22-sha1",      "23-sha256",        "24-sha256",
          "25-email-src", "26-email-src", "27-email-src", "28-vulnerability", "29-vulnerability",
          "30-mutex",     "31-link",      "32-link",      "33-yara",          "34-yara"}) {
        names.append(u"19-norm-"_s + QString::fromLatin1(probe));
    }
    names += QStringList{
            u"20-attributes-add-no-category"_s,
            u"20b-attributes-add-existing-attr-uuid"_s,
            u"20c-events-add-with-existing-attr-uuid"_s,
            u"21-events-add-tag-string-list"_s,
            u"21b-events-add-attribute-tags"_s,
            u"22-events-index"_s,
            u"22b-events-index-post-filters"_s,
            u"23-events-restSearch-no-returnFormat"_s,
            u"23b-events-restSearch-returnFormat-in-url"_s,
            u"23c-attributes-restSearch-to_ids-eventid"_s,
            u"23d-attributes-restSearch-GET"_s,
            u"23e-events-restSearch-bad-returnFormat"_s,
            u"04b-events-add-same-uuid-different-content"_s,
            u"24-events-publish"_s,
            u"24b-events-publish-again"_s,
            u"24c-events-add-published-true"_s,
            u"11g-attributes-restSearch-paging-0"_s,
            u"11g-attributes-restSearch-paging-1"_s,
            u"11g-attributes-restSearch-paging-2"_s,
            u"11g-attributes-restSearch-paging-3"_s,
            u"11g-attributes-restSearch-paging-4"_s,
            u"10f-events-restSearch-paging-0"_s,
            u"10f-events-restSearch-paging-1"_s,
            u"10f-events-restSearch-paging-2"_s,
    };
    return names;
}

// What the fake does not serve: the event index and the tag filter of events/restSearch.
bool replayable(const QString &name)
{
    return !name.startsWith(u"22"_s) && !name.startsWith(u"10d"_s);
}

struct Transcript
{
    QString name;
    QByteArray method;
    QString path;
    Headers headers;
    QJsonValue body; // Null: no body; String: sent as raw text
    int status = 0;
    QJsonObject responseHeaders;
    QJsonValue responseJson; // Null when the reply was not JSON
    QJsonValue responseText;
};

std::optional<Transcript> loadTranscript(const QString &name)
{
    static QHash<QString, Transcript> cache;
    if (cache.contains(name)) {
        return cache.value(name);
    }
    const QJsonObject doc = Fixtures::load(u"misp/observed/%1.json"_s.arg(name)).object();
    if (doc.isEmpty()) {
        return std::nullopt;
    }
    const QJsonObject request = doc.value(u"request"_s).toObject();
    const QJsonObject response = doc.value(u"response"_s).toObject();
    Transcript t;
    t.name = name;
    t.method = request.value(u"method"_s).toString().toLatin1();
    t.path = QUrl(request.value(u"url"_s).toString()).path();
    const QJsonObject headers = request.value(u"headers"_s).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        QByteArray value = it.value().toString().toUtf8();
        value.replace(KEY_PLACEHOLDER, TEST_KEY);
        t.headers.append({it.key().toLatin1(), value});
    }
    t.body = request.value(u"body"_s);
    t.status = response.value(u"status"_s).toInt();
    t.responseHeaders = response.value(u"headers"_s).toObject();
    t.responseJson = response.value(u"body_json"_s);
    t.responseText = response.value(u"body_text"_s);
    cache.insert(name, t);
    return t;
}

// Requests the recorded server answered with 200 and that changed its state.
bool mutates(const Transcript &t)
{
    return t.method == "POST" && t.status == 200 && !t.path.contains(u"restSearch"_s)
           && !t.path.contains(u"/index"_s);
}

QByteArray bodyBytes(const QJsonValue &body)
{
    if (body.isString()) {
        return body.toString().toUtf8();
    }
    if (body.isObject()) {
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    if (body.isArray()) {
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    }
    return {};
}

bool isLowerUuid(const QString &text)
{
    static const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return uuid.match(text).hasMatch();
}

bool isEpochSeconds(const QString &text)
{
    static const QRegularExpression digits(u"^[1-9][0-9]*$"_s);
    return digits.match(text).hasMatch();
}

int idOf(const QJsonValue &item)
{
    return item[u"id"_s].toString().toInt();
}

bool isInIdOrder(const QJsonArray &items)
{
    return std::is_sorted(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return idOf(a) < idOf(b);
    });
}

QJsonArray inIdOrder(const QJsonArray &items)
{
    QList<QJsonValue> sorted(items.begin(), items.end());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return idOf(a) < idOf(b);
    });
    QJsonArray array;
    for (const QJsonValue &item : sorted) {
        array.append(item);
    }
    return array;
}

struct Response
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray location;
    QByteArray resultCount;
    bool hasResultCount = false;
    QByteArray body;
    QJsonValue json;
    bool jsonOk = false;
};

Headers jsonHeaders(const QByteArray &key = TEST_KEY)
{
    return {{"Authorization", key},
            {"Accept", "application/json"},
            {"Content-Type", "application/json"}};
}

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject attribute(const QString &type, const QString &value, const QString &category = {})
{
    QJsonObject a{{u"type"_s, type}, {u"value"_s, value}};
    if (!category.isEmpty()) {
        a.insert(u"category"_s, category);
    }
    return a;
}

QStringList tagNamesOf(const QJsonObject &event)
{
    QStringList names;
    for (const QJsonValue &tag : event.value(u"Tag"_s).toArray()) {
        names.append(tag[u"name"_s].toString());
    }
    return names;
}

QStringList valuesOf(const QJsonObject &event)
{
    QStringList values;
    for (const QJsonValue &a : event.value(u"Attribute"_s).toArray()) {
        values.append(a[u"value"_s].toString());
    }
    return values;
}

} // namespace

class TestFakeMispServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void replaysTranscript_data();
    void replaysTranscript();

    void keyHeadersAndRecording();
    void headReportsExistence();
    void inspectionMatchesView();
    void faultsReachTheClient_data();
    void faultsReachTheClient();
    void droppedConnectionStillCarriesOutTheRequest();
    void faultsCountFromInjection();
    void removeTagFromObject();
    void publishAndUnpublish();
    void editMergesAndAddsTags();
    void editRejectsStaleEventTimestamp();
    void permissionsAreEnforced();
    void tagsWithoutTagEditorOrTagger();
    void deleteBlocklists();
    void attributeListReplyShapes();
    void validationBeyondTheTranscripts_data();
    void validationBeyondTheTranscripts();
    void restSearchPagesAndFilters();
    void describeTypesServed();
    void otherPathsAndMethods();
    void attributeSearchFilters_data();
    void attributeSearchFilters();
    void attributeSearchShape();
    void attributeSearchRequests();
    void attributeSearchPagesToTheEnd();
    void attributeSearchQuirks();
    void seedEventStoresLikeEventsAdd();

private:
    Response send(const QByteArray &method,
                  const QString &path,
                  const QByteArray &body = {},
                  const Headers &headers = jsonHeaders());
    Response post(const QString &path, const QJsonObject &body);
    Response replay(const Transcript &transcript);
    /// Adds an event and returns its `Event` object (empty on failure, with a test failure).
    QJsonObject addEvent(const QJsonObject &event);
    /// The three events attributeSearchFilters() searches; see there.
    void seedSearchCorpus();
    /// POSTs `filters` to attributes/restSearch and returns the values found, in order.
    QStringList searchValues(const QJsonObject &filters, QByteArray *resultCount = nullptr);
    /// Compares a reply with a recorded one; see replaysTranscript() for the rules.
    void compareJson(const QJsonValue &actual,
                     const QJsonValue &expected,
                     const QString &where,
                     QStringList &diffs);

    FakeMispServer *m_fake = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    qint64 m_now = RECORDED_CLOCK;   // the fake's clock where a test sets it through m_now
    QHash<QString, QString> m_uuids; // recorded uuid -> the fake's, for uuids MISP generated
    QString m_sent;                  // everything the replay sent so far, as recorded
};

void TestFakeMispServer::init()
{
    m_fake = new FakeMispServer(this);
    m_fake->setApiKey(QString::fromLatin1(TEST_KEY));
    QVERIFY(m_fake->listen());
    QCOMPARE(m_fake->baseUrl().host(), u"127.0.0.1"_s);
    m_nam = new QNetworkAccessManager(this);
    m_nam->setProxy(QNetworkProxy::NoProxy); // only ever the fake on 127.0.0.1
    m_now = RECORDED_CLOCK;
    m_uuids.clear();
    m_sent.clear();
}

void TestFakeMispServer::cleanup()
{
    delete m_nam;
    m_nam = nullptr;
    delete m_fake;
    m_fake = nullptr;
}

Response TestFakeMispServer::send(const QByteArray &method,
                                  const QString &path,
                                  const QByteArray &body,
                                  const Headers &headers)
{
    Response r;
    QNetworkRequest request(QUrl(m_fake->baseUrl().toString() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (method == "POST" && !hasContentType) {
        // What curl sends, and QNAM would otherwise pick with a warning.
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    }
    // QNAM only knows a HEAD reply has no body when it sends the HEAD itself.
    std::unique_ptr<QNetworkReply> reply(method == "HEAD"
                                                 ? m_nam->head(request)
                                                 : m_nam->sendCustomRequest(request, method, body));
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(10000);
    if (!reply->isFinished()) {
        loop.exec();
    }
    r.finished = reply->isFinished();
    if (!r.finished) {
        return r;
    }
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.location = reply->rawHeader("Location");
    r.hasResultCount = reply->hasRawHeader("X-Result-Count");
    r.resultCount = reply->rawHeader("X-Result-Count");
    r.body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.jsonOk = parseError.error == QJsonParseError::NoError;
    r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return r;
}

Response TestFakeMispServer::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, toBody(body));
}

QJsonObject TestFakeMispServer::addEvent(const QJsonObject &event)
{
    const Response r = post(u"/events/add"_s, QJsonObject{{u"Event"_s, event}});
    if (r.status != 200) {
        qWarning().noquote() << "events/add failed:" << r.status << r.body;
        return {};
    }
    return r.json[u"Event"_s].toObject();
}

Response TestFakeMispServer::replay(const Transcript &t)
{
    QString path = t.path;
    QByteArray body = bodyBytes(t.body);
    m_sent += path + u'\n' + QString::fromUtf8(body) + u'\n';
    // Uuids the recorded server generated are the fake's own ones here.
    for (auto it = m_uuids.cbegin(); it != m_uuids.cend(); ++it) {
        path.replace(it.key(), it.value());
        body.replace(it.key().toUtf8(), it.value().toUtf8());
    }
    return send(t.method, path, body, t.headers);
}

// Objects need the same keys, arrays the same length, scalars the same value, with these
// exceptions, for what a fake cannot know: a `uuid` MISP generated may be any lower-case uuid
// (remembered, so later requests and replies use the fake's), a `timestamp` or `date` that no
// request carried any plausible value, a tag `colour` any colour; `RelatedEvent` (correlation
// is not reproduced) is not compared when the recorded one is not empty.
void TestFakeMispServer::compareJson(const QJsonValue &actual,
                                     const QJsonValue &expected,
                                     const QString &where,
                                     QStringList &diffs)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            diffs.append(u"%1: not an object"_s.arg(where));
            return;
        }
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        if (a.keys() != e.keys()) {
            diffs.append(u"%1: keys %2, recorded %3"_s.arg(where,
                                                           a.keys().join(u','),
                                                           e.keys().join(u',')));
        }
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            const QString key = it.key();
            const QString at = where + u'.' + key;
            const QJsonValue value = a.value(key);
            const QString recorded = it.value().toString();
            const QString mine = value.toString();
            if (!a.contains(key)) {
                continue;
            }
            if (key == u"RelatedEvent"_s && !it.value().toArray().isEmpty()) {
                continue;
            }
            if (key == u"uuid"_s && it.value().isString()) {
                if (m_uuids.contains(recorded)) {
                    if (mine != m_uuids.value(recorded)) {
                        diffs.append(u"%1: %2, expected %3"_s.arg(at, mine, m_uuids[recorded]));
                    }
                } else if (m_sent.contains(recorded, Qt::CaseInsensitive)) {
                    if (mine != recorded) {
                        diffs.append(u"%1: %2, recorded %3"_s.arg(at, mine, recorded));
                    }
                } else if (!isLowerUuid(mine)) {
                    diffs.append(u"%1: %2 is not a lower-case uuid"_s.arg(at, mine));
                } else if (mine != recorded) {
                    m_uuids.insert(recorded, mine);
                }
                continue;
            }
            if ((key == u"timestamp"_s || key == u"publish_timestamp"_s) && it.value().isString()) {
                if (recorded == u"0"_s || m_sent.contains(recorded)) {
                    if (mine != recorded) {
                        diffs.append(u"%1: %2, recorded %3"_s.arg(at, mine, recorded));
                    }
                } else if (!isEpochSeconds(mine)) {
                    diffs.append(u"%1: %2 is not a time"_s.arg(at, mine));
                }
                continue;
            }
            if (key == u"date"_s && it.value().isString() && !m_sent.contains(recorded)) {
                if (!QDate::fromString(mine, Qt::ISODate).isValid()) {
                    diffs.append(u"%1: %2 is not a date"_s.arg(at, mine));
                }
                continue;
            }
            if (key == u"colour"_s) {
                if (!QRegularExpression(u"^#[0-9a-f]{6}$"_s).match(mine).hasMatch()) {
                    diffs.append(u"%1: %2 is not a colour"_s.arg(at, mine));
                }
                continue;
            }
            compareJson(value, it.value(), at, diffs);
        }
        return;
    }
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            diffs.append(u"%1: %2 items, recorded %3"_s.arg(where).arg(a.size()).arg(e.size()));
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            compareJson(a[i], e[i], u"%1[%2]"_s.arg(where).arg(i), diffs);
        }
        return;
    }
    if (actual != expected) {
        const auto show = [](const QJsonValue &v) {
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        };
        diffs.append(u"%1: %2, recorded %3"_s.arg(where, show(actual), show(expected)));
    }
}

void TestFakeMispServer::replaysTranscript_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : chronology()) {
        if (replayable(name)) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }
}

// Each transcript is sent as recorded (the key placeholder replaced by the fake's key) after
// every earlier request of the recorded run that changed the server, so ids and state are what
// the transcript assumes. Status, Content-Type, Location and X-Result-Count must be as
// recorded and the JSON body the same under compareJson()'s rules; an attribute list that the
// recorded server sent out of id order (23c: MISP has no ORDER BY) is compared in id order.
void TestFakeMispServer::replaysTranscript()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, name);
    m_fake->setClock([] { return RECORDED_CLOCK; });

    const QStringList run = chronology();
    for (const QString &step : run.mid(0, run.indexOf(name))) {
        const std::optional<Transcript> t = loadTranscript(step);
        QVERIFY2(t, qPrintable(u"missing transcript "_s + step));
        if (!mutates(*t)) {
            continue;
        }
        const Response r = replay(*t);
        QVERIFY2(r.status == t->status,
                 qPrintable(u"setup %1: status %2, recorded %3: %4"_s.arg(step)
                                    .arg(r.status)
                                    .arg(t->status)
                                    .arg(QString::fromUtf8(r.body.left(300)))));
        QStringList ignored;
        compareJson(r.json, t->responseJson, step, ignored); // learns generated uuids
    }

    const std::optional<Transcript> t = loadTranscript(name);
    QVERIFY2(t, qPrintable(u"missing transcript "_s + name));
    const Response r = replay(*t);
    QVERIFY(r.finished);
    QVERIFY2(r.status == t->status,
             qPrintable(u"status %1, recorded %2: %3"_s.arg(r.status).arg(t->status).arg(
                     QString::fromUtf8(r.body.left(500)))));
    QCOMPARE(r.contentType, t->responseHeaders.value(u"Content-Type"_s).toString().toUtf8());

    const QString location = t->responseHeaders.value(u"Location"_s).toString();
    if (location.isEmpty()) {
        QVERIFY(r.location.isEmpty());
    } else {
        QVERIFY(r.location.startsWith(m_fake->baseUrl().toString().toUtf8()));
        QCOMPARE(QUrl(QString::fromUtf8(r.location)).path(), QUrl(location).path());
    }
    const QJsonValue resultCount = t->responseHeaders.value(u"X-Result-Count"_s);
    QCOMPARE(r.hasResultCount, !resultCount.isUndefined());
    if (!resultCount.isUndefined()) {
        QCOMPARE(r.resultCount, resultCount.toString().toUtf8());
    }

    if (!t->responseJson.isNull()) {
        QVERIFY2(r.jsonOk, r.body.left(300).constData());
        QJsonValue expected = t->responseJson;
        const QJsonArray recorded = expected[u"response"_s][u"Attribute"_s].toArray();
        if (t->path.startsWith(u"/attributes/restSearch"_s) && !isInIdOrder(recorded)) {
            // MISP sends no ORDER BY; in 23c MariaDB read through the `type` index. The fake
            // answers in id order, which is compared with the recorded rows in id order.
            const QJsonArray answered = r.json[u"response"_s][u"Attribute"_s].toArray();
            QVERIFY(isInIdOrder(answered));
            expected = QJsonObject{
                    {u"response"_s, QJsonObject{{u"Attribute"_s, inIdOrder(recorded)}}}};
        }
        QStringList diffs;
        compareJson(r.json, expected, u"body"_s, diffs);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.mid(0, 20).join(u'\n')));
    } else if (t->responseText.toString().isEmpty()) {
        QVERIFY(r.body.isEmpty());
    } else {
        QVERIFY(!r.jsonOk); // an HTML page
    }
}

void TestFakeMispServer::keyHeadersAndRecording()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QByteArray other = "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ";
    const Headers viaMispAuth{{"X-MISP-AUTH", TEST_KEY}, {"Accept", "application/json"}};
    QCOMPARE(send("GET", u"/servers/getVersion"_s, {}, viaMispAuth).status, 200);
    // X-MISP-AUTH wins over Authorization.
    const Headers both{{"Authorization", TEST_KEY},
                       {"X-MISP-AUTH", other},
                       {"Accept", "application/json"}};
    QCOMPARE(send("GET", u"/servers/getVersion"_s, {}, both).status, 403);
    // Several comma-separated keys: any may be the right one.
    const Headers list{{"Authorization", other + ", " + TEST_KEY}, {"Accept", "application/json"}};
    QCOMPARE(send("GET", u"/servers/getVersion"_s, {}, list).status, 200);
    const Headers basic{{"Authorization", "Basic " + TEST_KEY}, {"Accept", "application/json"}};
    QCOMPARE(send("GET", u"/servers/getVersion"_s, {}, basic).status, 403);
    // Accept must be exactly application/json.
    const Headers withCharset{{"Authorization", TEST_KEY},
                              {"Accept", "application/json; charset=utf-8"}};
    QCOMPARE(send("GET", u"/servers/getVersion"_s, {}, withCharset).status, 302);
    // A .json extension is REST mode by itself.
    const Headers keyOnly{{"Authorization", TEST_KEY}};
    QCOMPARE(send("GET", u"/attributes/describeTypes.json"_s, {}, keyOnly).status, 200);

    const QList<FakeMispServer::RecordedRequest> requests = m_fake->requests();
    QCOMPARE(requests.size(), 6);
    QCOMPARE(requests[0].method, u"GET"_s);
    QCOMPARE(requests[0].path, u"/servers/getVersion"_s);
    QVERIFY(requests[0].hadKey && requests[0].keyMatched && requests[0].acceptJson);
    QVERIFY(requests[1].hadKey && !requests[1].keyMatched);
    QVERIFY(requests[2].keyMatched);
    QVERIFY(!requests[4].acceptJson);
    QVERIFY(requests[5].keyMatched && !requests[5].acceptJson);
    QCOMPARE(m_fake->requestCount(u"GET"_s, u"/servers/"_s), 5);
    QCOMPARE(m_fake->requestCount(u"post"_s, u"/"_s), 0);
    QCOMPARE(m_fake->requestCount(QString(), u"/attributes/"_s), 1);

    const Response noKey =
            send("GET", u"/servers/getVersion"_s, {}, {{"Accept", "application/json"}});
    QCOMPARE(noKey.status, 403);
    QVERIFY(!m_fake->requests().last().hadKey);
    m_fake->clearRequests();
    QVERIFY(m_fake->requests().isEmpty());

    // The body is recorded as sent.
    post(u"/events/add"_s, QJsonObject{{u"info"_s, u"recorded"_s}});
    QCOMPARE(m_fake->requests().last().body, toBody(QJsonObject{{u"info"_s, u"recorded"_s}}));
}

void TestFakeMispServer::headReportsExistence()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject event = addEvent(QJsonObject{{u"info"_s, u"exists"_s}});
    QVERIFY(!event.isEmpty());
    const QString uuid = event[u"uuid"_s].toString();
    const Response found = send("HEAD", u"/events/view/"_s + uuid);
    QCOMPARE(found.status, 200);
    QVERIFY(found.body.isEmpty());
    const Response missing = send("HEAD", u"/events/view/00000000-0000-4000-8000-000000000000"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.isEmpty());
    // The connection is still usable afterwards.
    QCOMPARE(send("GET", u"/events/view/"_s + uuid).status, 200);
}

void TestFakeMispServer::inspectionMatchesView()
{
    OTXDESK_REQUIRE_FIXTURES();
    QCOMPARE(m_fake->eventCount(), 0);
    QVERIFY(m_fake->event(u"1"_s).isEmpty());
    const QJsonObject first = addEvent(
            QJsonObject{{u"info"_s, u"one"_s},
                        {u"Attribute"_s, QJsonArray{attribute(u"domain"_s, u"one.example"_s)}},
                        {u"Tag"_s, QJsonArray{QJsonObject{{u"name"_s, u"tlp:green"_s}}}}});
    const QJsonObject second = addEvent(QJsonObject{{u"info"_s, u"two"_s}});
    QCOMPARE(m_fake->eventCount(), 2);
    const Response byId = send("GET", u"/events/view/1"_s);
    QCOMPARE(QJsonValue(m_fake->event(u"1"_s)), byId.json);
    QCOMPARE(m_fake->event(first[u"uuid"_s].toString()), m_fake->event(u"1"_s));
    QCOMPARE(m_fake->events().size(), 2);
    QCOMPARE(m_fake->events().at(1)[u"Event"_s][u"info"_s].toString(), u"two"_s);
    QCOMPARE(m_fake->tagNames(), QStringList{u"tlp:green"_s});
    m_fake->deleteEvent(second[u"uuid"_s].toString());
    QCOMPARE(m_fake->eventCount(), 1);
    QVERIFY(m_fake->isBlocklisted(second[u"uuid"_s].toString().toUpper()));
    QCOMPARE(send("GET", u"/events/view/2"_s).status, 404);
}

void TestFakeMispServer::faultsReachTheClient_data()
{
    QTest::addColumn<FakeMispServer::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("internal error") << FakeMispServer::Fault::InternalError << 500
                                    << QByteArray("application/json; charset=UTF-8");
    QTest::newRow("bad gateway") << FakeMispServer::Fault::BadGateway << 502
                                 << QByteArray("text/html");
}

void TestFakeMispServer::faultsReachTheClient()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(FakeMispServer::Fault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    m_fake->injectFault(u"/events/add"_s, 1, fault);
    const Response r = post(u"/events/add"_s, QJsonObject{{u"info"_s, u"faulted"_s}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.contentType, contentType);
    if (fault == FakeMispServer::Fault::InternalError) {
        QCOMPARE(r.json[u"name"_s].toString(), u"An Internal Error Has Occurred."_s);
        QCOMPARE(r.json[u"message"_s].toString(), u"An Internal Error Has Occurred."_s);
        QCOMPARE(r.json[u"url"_s].toString(), u"/events/add"_s);
    } else {
        QVERIFY(r.body.contains("502 Bad Gateway"));
    }
    QCOMPARE(m_fake->eventCount(), 0); // nothing was done
    // Once only.
    QCOMPARE(post(u"/events/add"_s, QJsonObject{{u"info"_s, u"again"_s}}).status, 200);
    QCOMPARE(m_fake->eventCount(), 1);
}

void TestFakeMispServer::droppedConnectionStillCarriesOutTheRequest()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject event{{u"uuid"_s, u"2b9e1c4a-1111-4a2b-8c3d-000000000001"_s},
                            {u"info"_s, u"dropped reply"_s}};
    m_fake->injectFault(u"/events/add"_s, 1, FakeMispServer::Fault::DropConnection);
    const Response dropped = post(u"/events/add"_s, QJsonObject{{u"Event"_s, event}});
    QVERIFY(dropped.finished);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_fake->eventCount(), 1);
    QCOMPARE(m_fake->requestCount(u"POST"_s, u"/events/add"_s), 1); // not resent by QNAM
    // The retry meets the event the lost reply had created.
    const Response retry = post(u"/events/add"_s, QJsonObject{{u"Event"_s, event}});
    QCOMPARE(retry.status, 404);
    QVERIFY(retry.location.endsWith("/events/1"));
}

void TestFakeMispServer::faultsCountFromInjection()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(!addEvent(QJsonObject{{u"info"_s, u"x"_s}}).isEmpty());
    QCOMPARE(send("GET", u"/events/view/1"_s).status, 200); // before the injection: not counted
    m_fake->injectFault(u"/events/view"_s, 2, FakeMispServer::Fault::InternalError);
    QCOMPARE(send("GET", u"/servers/getVersion"_s).status, 200); // another prefix
    QCOMPARE(send("GET", u"/events/view/1"_s).status, 200);
    QCOMPARE(send("GET", u"/events/view/1"_s).status, 500);
    QCOMPARE(send("GET", u"/events/view/1"_s).status, 200);
    m_fake->injectFault(u"/events/view"_s, 1, FakeMispServer::Fault::InternalError);
    m_fake->clearFaults();
    QCOMPARE(send("GET", u"/events/view/1"_s).status, 200);
}

void TestFakeMispServer::removeTagFromObject()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->setClock([] { return RECORDED_CLOCK; });
    const QJsonObject event = addEvent(QJsonObject{
            {u"info"_s, u"tagged"_s},
            {u"published"_s, true},
            {u"Attribute"_s, QJsonArray{attribute(u"domain"_s, u"tagged.example"_s)}},
            {u"Tag"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"tlp:green"_s}},
                        QJsonObject{{u"name"_s, u"osint:source-type=\"blog-post\""_s}}}}});
    QVERIFY(event[u"published"_s].toBool());
    const QString uuid = event[u"uuid"_s].toString();
    const QString id = event[u"id"_s].toString();
    const QString timestamp = event[u"timestamp"_s].toString();
    const auto remove = [&](const QJsonValue &tag, const QString &target) {
        return post(u"/tags/removeTagFromObject"_s,
                    QJsonObject{{u"uuid"_s, target}, {u"tag"_s, tag}});
    };

    // The name matches whatever its case.
    const Response removed = remove(u"TLP:GREEN"_s, uuid);
    QCOMPARE(removed.status, 200);
    const QString message = u"Tag tlp:green(1) successfully removed from Event(%1)."_s.arg(id);
    QCOMPARE(removed.json.toObject(),
             (QJsonObject{{u"saved"_s, true},
                          {u"success"_s, true},
                          {u"name"_s, message},
                          {u"message"_s, message},
                          {u"url"_s, u"/tags/removeTagFromObject"_s}}));
    const QJsonObject after = m_fake->event(uuid)[u"Event"_s].toObject();
    QCOMPARE(tagNamesOf(after), QStringList{u"osint:source-type=\"blog-post\""_s});
    QVERIFY(!after[u"published"_s].toBool());
    QVERIFY(after[u"timestamp"_s].toString().toLongLong() > timestamp.toLongLong());

    const auto expectError = [&](const Response &r, const QString &text) {
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json.toObject(),
                 (QJsonObject{{u"name"_s, text},
                              {u"message"_s, text},
                              {u"url"_s, u"/tags/removeTagFromObject"_s}}));
    };
    expectError(remove(u"tlp:green"_s, uuid),
                u"Could not remove tag as it is not attached to the target Event"_s);
    expectError(remove(u"no-such-tag"_s, uuid), u"Invalid Tag."_s);
    expectError(remove(u"tlp:green"_s, u"00000000-0000-4000-8000-000000000000"_s),
                u"Invalid Target."_s);
    // By id: tag 2 is the osint tag.
    QCOMPARE(remove(QJsonValue(2), uuid).status, 200);
    QVERIFY(!m_fake->event(uuid)[u"Event"_s].toObject().contains(u"Tag"_s));
    // Only POST.
    const Response get = send("GET", u"/tags/removeTagFromObject"_s);
    QCOMPARE(get.status, 405);
    QCOMPARE(get.json[u"name"_s].toString(),
             u"This method is only accessible via POST requests."_s);
}

void TestFakeMispServer::publishAndUnpublish()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject event = addEvent(QJsonObject{{u"info"_s, u"to publish"_s}});
    QVERIFY(!event[u"published"_s].toBool());
    QCOMPARE(event[u"publish_timestamp"_s].toString(), u"0"_s);
    const QString uuid = event[u"uuid"_s].toString();

    const Response published = send("POST", u"/events/publish/"_s + uuid);
    QCOMPARE(published.status, 200);
    const QString text = u"Event published without alerts"_s;
    QCOMPARE(published.json.toObject(),
             (QJsonObject{{u"saved"_s, true},
                          {u"success"_s, true},
                          {u"name"_s, text},
                          {u"message"_s, text},
                          {u"url"_s, u"/events/publish/1"_s},
                          {u"id"_s, u"1"_s}}));
    QJsonObject stored = m_fake->event(uuid)[u"Event"_s].toObject();
    QVERIFY(stored[u"published"_s].toBool());
    QVERIFY(stored[u"publish_timestamp"_s].toString() != u"0"_s);

    // Any change unpublishes.
    QCOMPARE(post(u"/attributes/add/1"_s, attribute(u"ip-dst"_s, u"192.0.2.1"_s)).status, 200);
    stored = m_fake->event(uuid)[u"Event"_s].toObject();
    QVERIFY(!stored[u"published"_s].toBool());
    QCOMPARE(stored[u"attribute_count"_s].toString(), u"1"_s);

    const Response missing = send("POST", u"/events/publish/999"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json[u"name"_s].toString(), u"Invalid event."_s);
    QCOMPARE(missing.json[u"url"_s].toString(), u"/events/publish/999"_s);

    m_fake->setPermissions({.publish = false});
    const Response denied = send("POST", u"/events/publish/1"_s);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json[u"name"_s].toString(),
             u"You do not have permission to use this functionality."_s);
    // published: true is silently ignored without perm_publish.
    const QJsonObject quiet = addEvent(
            QJsonObject{{u"info"_s, u"quiet"_s},
                        {u"published"_s, true},
                        {u"Attribute"_s, QJsonArray{attribute(u"domain"_s, u"quiet.example"_s)}}});
    QVERIFY(!quiet[u"published"_s].toBool());
}

void TestFakeMispServer::editMergesAndAddsTags()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->setClock([] { return RECORDED_CLOCK; });
    const QString attributeUuid = u"3f2b9a10-0000-4000-8000-00000000000a"_s;
    QJsonObject first = attribute(u"ip-dst"_s, u"203.0.113.5"_s);
    first.insert(u"uuid"_s, attributeUuid);
    const QJsonObject event =
            addEvent(QJsonObject{{u"info"_s, u"before"_s},
                                 {u"published"_s, true},
                                 {u"Attribute"_s, QJsonArray{first}},
                                 {u"Tag"_s, QJsonArray{QJsonObject{{u"name"_s, u"tlp:white"_s}}}}});
    const QString uuid = event[u"uuid"_s].toString();
    QVERIFY(event[u"published"_s].toBool());
    const QJsonObject other = addEvent(QJsonObject{{u"info"_s, u"other"_s}});

    QJsonObject update = attribute(u"ip-dst"_s, u"203.0.113.5"_s);
    update.insert(u"uuid"_s, attributeUuid.toUpper());
    update.insert(u"comment"_s, u"updated"_s);
    QJsonObject stale = attribute(u"domain"_s, u"stale.example"_s);
    stale.insert(u"uuid"_s, attributeUuid);
    stale.insert(u"timestamp"_s, u"1000000000"_s);
    const Response edited =
            post(u"/events/edit/"_s + uuid,
                 QJsonObject{{u"Event"_s,
                              QJsonObject{{u"info"_s, u"after"_s},
                                          {u"threat_level_id"_s, u"1"_s},
                                          {u"Tag"_s,
                                           QJsonArray{QJsonObject{{u"name"_s, u"TLP:WHITE"_s}},
                                                      QJsonObject{{u"name"_s, u"tlp:green"_s}}}},
                                          {u"Attribute"_s,
                                           QJsonArray{update,
                                                      stale,
                                                      attribute(u"domain"_s, u"NEW.example"_s),
                                                      attribute(u"domain"_s, u"new.example"_s),
                                                      attribute(u"ip-dst"_s, u"1.2.3"_s)}}}}});
    QCOMPARE(edited.status, 200);
    const QJsonObject e = edited.json[u"Event"_s].toObject();
    QCOMPARE(e, m_fake->event(uuid)[u"Event"_s].toObject());
    QCOMPARE(e[u"info"_s].toString(), u"after"_s);
    QCOMPARE(e[u"threat_level_id"_s].toString(), u"1"_s);
    QVERIFY(!e[u"published"_s].toBool());
    QVERIFY(e[u"timestamp"_s].toString().toLongLong()
            > event[u"timestamp"_s].toString().toLongLong());
    QCOMPARE(tagNamesOf(e), (QStringList{u"tlp:white"_s, u"tlp:green"_s}));
    QCOMPARE(valuesOf(e), (QStringList{u"203.0.113.5"_s, u"new.example"_s}));
    const QJsonArray attributes = e[u"Attribute"_s].toArray();
    QCOMPARE(attributes[0][u"comment"_s].toString(), u"updated"_s);
    QCOMPARE(attributes[0][u"uuid"_s].toString(), attributeUuid);
    QCOMPARE(e[u"attribute_count"_s].toString(), u"2"_s);

    // The uuid of an attribute in another event is dropped silently.
    QJsonObject stolen = attribute(u"domain"_s, u"stolen.example"_s);
    stolen.insert(u"uuid"_s, attributeUuid);
    const Response other2 =
            post(u"/events/edit/"_s + other[u"id"_s].toString(),
                 QJsonObject{{u"Event"_s, QJsonObject{{u"Attribute"_s, QJsonArray{stolen}}}}});
    QCOMPARE(other2.status, 200);
    QVERIFY(valuesOf(other2.json[u"Event"_s].toObject()).isEmpty());

    // deleted: true on a known uuid soft-deletes.
    QJsonObject gone = attribute(u"ip-dst"_s, u"203.0.113.5"_s);
    gone.insert(u"uuid"_s, attributeUuid);
    gone.insert(u"deleted"_s, true);
    const Response deleted =
            post(u"/events/edit/"_s + uuid,
                 QJsonObject{{u"Event"_s, QJsonObject{{u"Attribute"_s, QJsonArray{gone}}}}});
    QCOMPARE(valuesOf(deleted.json[u"Event"_s].toObject()), QStringList{u"new.example"_s});
    QCOMPARE(deleted.json[u"Event"_s][u"attribute_count"_s].toString(), u"1"_s);

    const Response missing = post(u"/events/edit/999"_s, QJsonObject{{u"info"_s, u"x"_s}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json[u"url"_s].toString(), u"/events/edit/999"_s);
}

void TestFakeMispServer::editRejectsStaleEventTimestamp()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->setClock([] { return RECORDED_CLOCK; });
    const QJsonObject event = addEvent(QJsonObject{{u"info"_s, u"stored"_s}});
    const QString stored = event[u"timestamp"_s].toString();
    const Response same = post(
            u"/events/edit/1"_s,
            QJsonObject{{u"Event"_s, QJsonObject{{u"timestamp"_s, stored}, {u"info"_s, u"no"_s}}}});
    QCOMPARE(same.status, 403);
    QCOMPARE(same.json.toObject(),
             (QJsonObject{{u"saved"_s, false},
                          {u"name"_s, u"Could not edit Event"_s},
                          {u"message"_s, u"Could not edit Event"_s},
                          {u"url"_s, u"/events/edit/1"_s},
                          {u"errors"_s,
                           u"Event could not be saved: Event in the request not newer than the "
                           "local copy."_s},
                          {u"id"_s, u"1"_s}}));
    QCOMPARE(m_fake->event(u"1"_s)[u"Event"_s][u"info"_s].toString(), u"stored"_s);
    const QString newer = QString::number(stored.toLongLong() + 60);
    const Response accepted = post(
            u"/events/edit/1"_s,
            QJsonObject{{u"Event"_s, QJsonObject{{u"timestamp"_s, newer}, {u"info"_s, u"yes"_s}}}});
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json[u"Event"_s][u"info"_s].toString(), u"yes"_s);
    QCOMPARE(accepted.json[u"Event"_s][u"timestamp"_s].toString(), newer);
}

void TestFakeMispServer::permissionsAreEnforced()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(!addEvent(QJsonObject{{u"info"_s, u"existing"_s}}).isEmpty());
    m_fake->setPermissions({.add = false,
                            .tagger = false,
                            .tagEditor = false,
                            .publish = false,
                            .siteAdmin = false});
    const Response me = send("GET", u"/users/view/me"_s);
    QCOMPARE(me.status, 200);
    const QJsonObject role = me.json[u"Role"_s].toObject();
    for (const QString &flag : {u"perm_add"_s,
                                u"perm_modify"_s,
                                u"perm_tagger"_s,
                                u"perm_tag_editor"_s,
                                u"perm_publish"_s,
                                u"perm_site_admin"_s,
                                u"perm_admin"_s}) {
        QVERIFY2(!role[flag].toBool(), qPrintable(flag));
    }
    QVERIFY(role[u"perm_auth"_s].toBool());

    const QString denied = u"You do not have permission to use this functionality."_s;
    for (const auto &[path, body] :
         {std::pair{u"/events/add"_s, QJsonObject{{u"info"_s, u"x"_s}}},
          std::pair{u"/events/edit/1"_s, QJsonObject{{u"info"_s, u"x"_s}}},
          std::pair{u"/attributes/add/1"_s, attribute(u"domain"_s, u"x.example"_s)},
          std::pair{u"/events/publish/1"_s, QJsonObject()},
          std::pair{u"/tags/removeTagFromObject"_s, QJsonObject{{u"tag"_s, u"x"_s}}}}) {
        const Response r = post(path, body);
        QVERIFY2(r.status == 403, qPrintable(path));
        QCOMPARE(r.json[u"name"_s].toString(), denied);
        QCOMPARE(r.json[u"url"_s].toString(), path);
    }
    QCOMPARE(m_fake->event(u"1"_s)[u"Event"_s][u"info"_s].toString(), u"existing"_s);

    m_fake->setPermissions({});
    QVERIFY(send("GET", u"/users/view/me"_s).json[u"Role"_s][u"perm_tag_editor"_s].toBool());
}

void TestFakeMispServer::tagsWithoutTagEditorOrTagger()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->setKnownTags({u"tlp:green"_s, u"tlp:amber"_s, u"TLP:GREEN"_s});
    QCOMPARE(m_fake->tagNames(), (QStringList{u"tlp:green"_s, u"tlp:amber"_s}));
    m_fake->setPermissions({.tagEditor = false});
    const QJsonArray tags{QJsonObject{{u"name"_s, u"Tlp:Green"_s}},
                          QJsonObject{{u"name"_s, u"made-up:tag"_s}}};
    const QJsonObject event = addEvent(QJsonObject{{u"info"_s, u"no editor"_s}, {u"Tag"_s, tags}});
    QCOMPARE(tagNamesOf(event), QStringList{u"tlp:green"_s});
    QCOMPARE(m_fake->tagNames(), (QStringList{u"tlp:green"_s, u"tlp:amber"_s}));
    const Response edited = post(
            u"/events/edit/1"_s,
            QJsonObject{{u"Event"_s,
                         QJsonObject{{u"Tag"_s,
                                      QJsonArray{QJsonObject{{u"name"_s, u"tlp:amber"_s}},
                                                 QJsonObject{{u"name"_s, u"other:new"_s}}}}}}});
    QCOMPARE(tagNamesOf(edited.json[u"Event"_s].toObject()),
             (QStringList{u"tlp:green"_s, u"tlp:amber"_s}));

    // Without perm_tagger tags in bodies are ignored, even the malformed string form.
    m_fake->setPermissions({.tagger = false});
    const QJsonObject untagged = addEvent(
            QJsonObject{{u"info"_s, u"no tagger"_s}, {u"Tag"_s, QJsonArray{u"tlp:green"_s}}});
    QVERIFY(!untagged.isEmpty());
    QVERIFY(!untagged.contains(u"Tag"_s));
}

void TestFakeMispServer::deleteBlocklists()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QString uuid = u"8d6a3c2e-2222-4b1c-9d3e-000000000002"_s;
    const QJsonObject event = addEvent(QJsonObject{{u"uuid"_s, uuid}, {u"info"_s, u"doomed"_s}});
    QCOMPARE(event[u"uuid"_s].toString(), uuid);
    const Response deleted = send("POST", u"/events/delete/"_s + uuid);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json[u"url"_s].toString(), u"/events/delete/1"_s);
    QCOMPARE(m_fake->eventCount(), 0);
    QVERIFY(m_fake->isBlocklisted(uuid));
    const Response again = post(
            u"/events/add"_s,
            QJsonObject{{u"Event"_s, QJsonObject{{u"uuid"_s, uuid}, {u"info"_s, u"again"_s}}}});
    QCOMPARE(again.status, 403);
    QCOMPARE(again.json[u"name"_s].toString(), u"Event blocked by event blocklist."_s);
    // The inspection API deletes the same way.
    const QJsonObject second = addEvent(QJsonObject{{u"info"_s, u"second"_s}});
    m_fake->deleteEvent(second[u"id"_s].toString());
    QVERIFY(m_fake->isBlocklisted(second[u"uuid"_s].toString()));
    QCOMPARE(send("POST", u"/events/delete/2"_s).status, 403);
}

void TestFakeMispServer::attributeListReplyShapes()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(!addEvent(QJsonObject{{u"info"_s, u"lists"_s}}).isEmpty());
    // Wrapped list, all saved, no errors key.
    const Response two =
            post(u"/attributes/add/1"_s,
                 QJsonObject{{u"Attribute"_s,
                              QJsonArray{attribute(u"domain"_s, u"a.example"_s),
                                         attribute(u"url"_s, u"hxxp://a[.]example/x"_s)}}});
    QCOMPARE(two.status, 200);
    QCOMPARE(two.json.toObject().keys(), QStringList{u"Attribute"_s});
    QCOMPARE(two.json[u"Attribute"_s][1][u"value"_s].toString(), u"http://a.example/x"_s);
    // A one-item list answers like a single attribute.
    const Response one = send("POST",
                              u"/attributes/add/1"_s,
                              QJsonDocument(QJsonArray{attribute(u"domain"_s, u"b.example"_s)})
                                      .toJson(QJsonDocument::Compact));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.toObject().keys(), (QStringList{u"Attribute"_s, u"AttributeTag"_s}));
    // Several saved and one failed: a list with errors.
    const Response mixed = send("POST",
                                u"/attributes/add/1"_s,
                                QJsonDocument(QJsonArray{attribute(u"domain"_s, u"c.example"_s),
                                                         attribute(u"domain"_s, u"a.example"_s),
                                                         attribute(u"domain"_s, u"d.example"_s)})
                                        .toJson(QJsonDocument::Compact));
    QCOMPARE(mixed.status, 200);
    QCOMPARE(mixed.json[u"Attribute"_s].toArray().size(), 2);
    QCOMPARE(mixed.json[u"errors"_s].toObject(),
             (QJsonObject{{u"attribute_1"_s,
                           QJsonObject{{u"value"_s,
                                        QJsonArray{u"A similar attribute already exists for this "
                                                   "event."_s}}}}}));
    QCOMPARE(m_fake->event(u"1"_s)[u"Event"_s][u"attribute_count"_s].toString(), u"5"_s);
}

void TestFakeMispServer::validationBeyondTheTranscripts_data()
{
    // Messages from shared/notes/misp-api.md §3.3 for cases the transcripts did not record.
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // empty: saved as `stored`
    QTest::addColumn<QString>("stored");
    QTest::newRow("cidr too wide")
            << u"ip-src"_s << u"192.0.2.0/33"_s << u"value"_s
            << u"Invalid CIDR notation value found, for IPv4 must be lower or equal 32."_s
            << QString();
    QTest::newRow("ipv6 cidr compressed") << u"ip-dst"_s << u"2001:DB8:0:0::/32"_s << QString()
                                          << QString() << u"2001:db8::/32"_s;
    QTest::newRow("sha1 upper case")
            << u"sha1"_s << u"DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"_s << QString() << QString()
            << u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s;
    QTest::newRow("empty value") << u"domain"_s << u"   "_s << u"value"_s << u"stringNotEmpty"_s
                                 << QString();
    QTest::newRow("uuid malformed") << u"domain"_s << u"uuid-test.example"_s << u"uuid"_s
                                    << u"Please provide a valid RFC 4122 UUID"_s << QString();
    QTest::newRow("port") << u"port"_s << u"70000"_s << u"value"_s
                          << u"Port numbers have to be integers between 1 and 65535."_s
                          << QString();
}

void TestFakeMispServer::validationBeyondTheTranscripts()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, stored);
    QVERIFY(!addEvent(QJsonObject{{u"info"_s, u"validation"_s}}).isEmpty());
    QJsonObject body = attribute(type, value);
    if (field == u"uuid"_s) {
        body.insert(u"uuid"_s, u"not-a-uuid"_s);
    }
    const Response r = post(u"/attributes/add/1"_s, body);
    if (message.isEmpty()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"Attribute"_s][u"value"_s].toString(), stored);
    } else {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json[u"errors"_s].toObject(), (QJsonObject{{field, QJsonArray{message}}}));
    }
}

void TestFakeMispServer::restSearchPagesAndFilters()
{
    OTXDESK_REQUIRE_FIXTURES();
    QStringList uuids;
    for (int i = 1; i <= 5; ++i) {
        const QJsonObject event = addEvent(QJsonObject{
                {u"info"_s, u"search %1"_s.arg(i)},
                {u"Attribute"_s, QJsonArray{attribute(u"domain"_s, u"s%1.example"_s.arg(i))}}});
        uuids.append(event[u"uuid"_s].toString());
    }
    const Response page = post(u"/events/restSearch"_s,
                               QJsonObject{{u"returnFormat"_s, u"json"_s},
                                           {u"limit"_s, 2},
                                           {u"page"_s, 2},
                                           {u"metadata"_s, true}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.resultCount, QByteArray("5"));
    const QJsonArray events = page.json[u"response"_s].toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0][u"Event"_s][u"id"_s].toString(), u"3"_s);
    QVERIFY(!events[0][u"Event"_s].toObject().contains(u"Attribute"_s));

    const Response byUuid =
            post(u"/events/restSearch"_s, QJsonObject{{u"uuid"_s, uuids[3].toUpper()}});
    QCOMPARE(byUuid.resultCount, QByteArray("1"));
    QCOMPARE(byUuid.json[u"response"_s][0], QJsonValue(m_fake->event(uuids[3])));

    const Response info =
            post(u"/events/restSearch"_s, QJsonObject{{u"eventinfo"_s, u"%search 2%"_s}});
    QCOMPARE(info.json[u"response"_s].toArray().size(), 1);
    const Response none = post(u"/events/restSearch"_s, QJsonObject{{u"eventid"_s, 42}});
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.toObject(), (QJsonObject{{u"response"_s, QJsonArray()}}));
    QCOMPARE(none.resultCount, QByteArray("0"));
    // Without Accept, as an automation endpoint.
    const Response noAccept =
            send("POST",
                 u"/events/restSearch/json"_s,
                 toBody(QJsonObject{{u"limit"_s, 1}}),
                 {{"Authorization", TEST_KEY}, {"Content-Type", "application/json"}});
    QCOMPARE(noAccept.status, 200);
    QCOMPARE(noAccept.json[u"response"_s].toArray().size(), 1);
}

void TestFakeMispServer::describeTypesServed()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject fixture = Fixtures::load(u"misp/describeTypes.json"_s).object();
    const Response plain = send("GET", u"/attributes/describeTypes"_s);
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.json.toObject(), fixture);
    QCOMPARE(send("GET", u"/attributes/describeTypes.json"_s).json.toObject(), fixture);
}

void TestFakeMispServer::otherPathsAndMethods()
{
    OTXDESK_REQUIRE_FIXTURES();
    const Response unknown = send("GET", u"/no/such/path"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json[u"name"_s].toString(), u"Not Found"_s);
    QCOMPARE(unknown.json[u"url"_s].toString(), u"/no/such/path"_s);
    const Response description = send("GET", u"/events/add"_s);
    QCOMPARE(description.status, 200);
    QCOMPARE(description.json[u"url"_s].toString(), u"/events/add"_s);
    // A body without Content-Type: application/json is no data.
    const Response form = send("POST",
                               u"/events/add"_s,
                               toBody(QJsonObject{{u"info"_s, u"form"_s}}),
                               {{"Authorization", TEST_KEY}, {"Accept", "application/json"}});
    QCOMPARE(form.status, 405);
    QCOMPARE(form.json[u"name"_s].toString(), u"No valid event data received."_s);
    QCOMPARE(m_fake->eventCount(), 0);
}

// Three events, created through events/add, attributes/add and attributes/delete at set times
// (attribute ids in brackets):
// - alpha (1): threat level 1, published 3 days ago, event tag tlp:green; ip-dst [1], domain
//   [2], domain|ip [3], link [4, not IDS], email-src [5], email [6].
// - bravo (2): threat level 3, published 6 hours ago, event tag tlp:amber; ip-dst IPv6 [7],
//   md5 [8, tagged kill-chain:delivery], ip-src [9, not IDS].
// - charlie (3): threat level 2, never published, added an hour ago; ip-dst [10, not IDS],
//   domain [11, soft-deleted now], hostname [12]; url [13] added 30 minutes ago.
void TestFakeMispServer::seedSearchCorpus()
{
    m_fake->setClock([this] { return m_now; });
    const auto add = [this](const QString &uuid,
                            const QString &info,
                            const QString &threatLevel,
                            bool published,
                            const QString &tag,
                            const QJsonArray &attributes) {
        QJsonObject event{{u"uuid"_s, uuid},
                          {u"info"_s, info},
                          {u"threat_level_id"_s, threatLevel},
                          {u"published"_s, published},
                          {u"Attribute"_s, attributes}};
        if (!tag.isEmpty()) {
            event.insert(u"Tag"_s, QJsonArray{QJsonObject{{u"name"_s, tag}}});
        }
        return addEvent(event)[u"Attribute"_s].toArray().size();
    };
    QJsonObject notIds = attribute(u"ip-src"_s, CORPUS_VALUES[8]);
    notIds.insert(u"to_ids"_s, false);
    QJsonObject tagged = attribute(u"md5"_s, CORPUS_VALUES[7]);
    tagged.insert(u"Tag"_s, QJsonArray{QJsonObject{{u"name"_s, u"kill-chain:delivery"_s}}});
    QJsonObject quiet = attribute(u"ip-dst"_s, CORPUS_VALUES[9]);
    quiet.insert(u"to_ids"_s, u"0"_s);

    m_now = RECORDED_CLOCK - 3 * DAY;
    QCOMPARE(add(ALPHA_UUID,
                 u"alpha"_s,
                 u"1"_s,
                 true,
                 u"tlp:green"_s,
                 QJsonArray{attribute(u"ip-dst"_s, CORPUS_VALUES[0]),
                            attribute(u"domain"_s, CORPUS_VALUES[1]),
                            attribute(u"domain|ip"_s, CORPUS_VALUES[2]),
                            attribute(u"link"_s, CORPUS_VALUES[3]),
                            attribute(u"email-src"_s, CORPUS_VALUES[4]),
                            attribute(u"email"_s, CORPUS_VALUES[5])}),
             6);
    m_now = RECORDED_CLOCK - 6 * HOUR;
    QCOMPARE(add(BRAVO_UUID,
                 u"bravo"_s,
                 u"3"_s,
                 true,
                 u"tlp:amber"_s,
                 QJsonArray{attribute(u"ip-dst"_s, CORPUS_VALUES[6]), tagged, notIds}),
             3);
    m_now = RECORDED_CLOCK - HOUR;
    QCOMPARE(add(CHARLIE_UUID,
                 u"charlie"_s,
                 u"2"_s,
                 false,
                 QString(),
                 QJsonArray{quiet,
                            attribute(u"domain"_s, CORPUS_VALUES[10]),
                            attribute(u"hostname"_s, CORPUS_VALUES[11])}),
             3);
    m_now = RECORDED_CLOCK - HOUR / 2;
    QCOMPARE(post(u"/attributes/add/3"_s, attribute(u"url"_s, CORPUS_VALUES[12])).status, 200);
    m_now = RECORDED_CLOCK;
    QCOMPARE(send("POST", u"/attributes/delete/11"_s).status, 200);
}

QStringList TestFakeMispServer::searchValues(const QJsonObject &filters, QByteArray *resultCount)
{
    const Response r = post(u"/attributes/restSearch"_s, filters);
    if (r.status != 200) {
        qWarning().noquote() << "attributes/restSearch failed:" << r.status << r.body;
        return {u"<status %1>"_s.arg(r.status)};
    }
    if (resultCount) {
        *resultCount = r.resultCount;
    }
    QStringList values;
    for (const QJsonValue &a : r.json[u"response"_s][u"Attribute"_s].toArray()) {
        values.append(a[u"value"_s].toString());
    }
    return values;
}

void TestFakeMispServer::attributeSearchFilters_data()
{
    QTest::addColumn<QJsonObject>("filters");
    QTest::addColumn<QList<int>>("ids"); // attribute ids of seedSearchCorpus(), in order
    const auto row = [](const char *name, const QJsonObject &filters, const QList<int> &ids) {
        QTest::newRow(name) << filters << ids;
    };
    const QList<int> ids{1, 2, 3, 5, 6, 7, 8, 12, 13};
    const QList<int> notIds{4, 9, 10};
    const QList<int> alpha{1, 2, 3, 4, 5, 6};
    const QList<int> bravo{7, 8, 9};
    const QList<int> charlie{10, 12, 13};
    const QList<int> published{1, 2, 3, 4, 5, 6, 7, 8, 9};
    const QList<int> notDomainsOrIps{3, 4, 5, 6, 8, 9, 12, 13};

    row("nothing but returnFormat", {{u"returnFormat"_s, u"json"_s}}, LIVE);
    row("type string", {{u"type"_s, u"domain"_s}}, {2});
    row("type list", {{u"type"_s, QJsonArray{u"ip-dst"_s, u"domain"_s}}}, {1, 2, 7, 10});
    row("type OR and NOT",
        {{u"type"_s,
          QJsonObject{{u"OR"_s, QJsonArray{u"ip-dst"_s, u"domain"_s}},
                      {u"NOT"_s, QJsonArray{u"domain"_s}}}}},
        {1, 7, 10});
    row("type NOT only",
        {{u"type"_s, QJsonObject{{u"NOT"_s, QJsonArray{u"ip-dst"_s, u"domain"_s}}}}},
        notDomainsOrIps);
    row("type ! in a list", {{u"type"_s, QJsonArray{u"!ip-dst"_s, u"!domain"_s}}}, notDomainsOrIps);
    row("type && and ! in a string", {{u"type"_s, u"ip-dst&&ip-src&&!ip-src"_s}}, {1, 7, 10});
    row("type || in a string", {{u"type"_s, u"ip-src||md5"_s}}, {8, 9});
    row("type trimmed", {{u"type"_s, u"  md5 "_s}}, {8});
    row("type ignores case", {{u"type"_s, u"IP-SRC"_s}}, {9});
    row("type LIKE", {{u"type"_s, u"ip-%"_s}}, {1, 7, 9, 10});
    row("type email-src also finds email", {{u"type"_s, u"email-src"_s}}, {5, 6});
    row("type NOT email-dst also drops email",
        {{u"type"_s, QJsonObject{{u"NOT"_s, QJsonArray{u"email-dst"_s}}}}},
        {1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13});
    row("type unknown", {{u"type"_s, u"no-such-type"_s}}, {});
    row("type empty list is no filter", {{u"type"_s, QJsonArray()}}, LIVE);
    row("category", {{u"category"_s, u"External analysis"_s}}, {4});
    row("category minds case", {{u"category"_s, u"external analysis"_s}}, {});

    row("value exact", {{u"value"_s, u"evil.example"_s}}, {2});
    row("value ignores case", {{u"value"_s, u"EVIL.Example"_s}}, {2});
    row("value list", {{u"value"_s, QJsonArray{u"evil.example"_s, u"192.0.2.9"_s}}}, {2, 9});
    row("value % wildcard", {{u"value"_s, u"%evil.example%"_s}}, {2, 5, 6, 12, 13});
    row("value _ in a LIKE", {{u"value"_s, u"%.exampl_"_s}}, {2, 3, 5, 6, 12});
    row("value % inside is literal", {{u"value"_s, u"evil%example"_s}}, {});
    row("value first half of a composite", {{u"value"_s, u"site.example"_s}}, {3});
    row("value second half of a composite", {{u"value"_s, u"198.51.100.9"_s}}, {3});
    row("value whole composite never matches", {{u"value"_s, u"site.example|198.51.100.9"_s}}, {});
    row("value IPv6 compressed", {{u"value"_s, u"2001:0DB8:0:0:0:0:0:1"_s}}, {7});
    row("value NOT excludes nothing", {{u"value"_s, u"!evil.example"_s}}, LIVE);

    row("to_ids true", {{u"to_ids"_s, true}}, ids);
    row("to_ids 1", {{u"to_ids"_s, 1}}, ids);
    row("to_ids \"1\"", {{u"to_ids"_s, u"1"_s}}, ids);
    row("to_ids \"0\"", {{u"to_ids"_s, u"0"_s}}, notIds);
    row("to_ids 0", {{u"to_ids"_s, 0}}, notIds);
    row("to_ids exclude", {{u"to_ids"_s, u"exclude"_s}}, notIds);
    row("to_ids false is no filter", {{u"to_ids"_s, false}}, LIVE);
    row("to_ids \"false\" is true", {{u"to_ids"_s, u"false"_s}}, ids);
    row("to_ids both", {{u"to_ids"_s, QJsonArray{0, 1}}}, LIVE);

    row("eventid", {{u"eventid"_s, 2}}, bravo);
    row("eventid string", {{u"eventid"_s, u"2"_s}}, bravo);
    row("eventid NOT", {{u"eventid"_s, u"!2"_s}}, {1, 2, 3, 4, 5, 6, 10, 12, 13});
    row("eventid list", {{u"eventid"_s, QJsonArray{1, 3}}}, {1, 2, 3, 4, 5, 6, 10, 12, 13});
    row("eventid uuid", {{u"eventid"_s, CHARLIE_UUID}}, charlie);
    row("eventid uuid is case-sensitive", {{u"eventid"_s, CHARLIE_UUID.toUpper()}}, {});
    row("eventid all", {{u"eventid"_s, u"all"_s}}, LIVE);
    row("eventid unknown", {{u"eventid"_s, 42}}, {});

    row("threat_level_id", {{u"threat_level_id"_s, 1}}, alpha);
    row("threat_level_id string", {{u"threat_level_id"_s, u"3"_s}}, bravo);
    row("threat_level_id list",
        {{u"threat_level_id"_s, QJsonArray{1, 2}}},
        {1, 2, 3, 4, 5, 6, 10, 12, 13});
    row("threat_level_id || string", {{u"threat_level_id"_s, u"1||3"_s}}, published);
    row("threat_level_id name", {{u"threat_level_id"_s, u"high"_s}}, {});

    row("published true", {{u"published"_s, true}}, published);
    row("published 1", {{u"published"_s, 1}}, published);
    row("published 0", {{u"published"_s, 0}}, charlie);
    row("published \"0\"", {{u"published"_s, u"0"_s}}, charlie);
    row("published false is no filter", {{u"published"_s, false}}, LIVE);
    row("published \"false\" is true", {{u"published"_s, u"false"_s}}, published);

    row("deleted 1", {{u"deleted"_s, 1}}, {11});
    row("deleted true", {{u"deleted"_s, true}}, {11});
    row("deleted only", {{u"deleted"_s, u"only"_s}}, {11});
    row("deleted both",
        {{u"deleted"_s, QJsonArray{0, 1}}},
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
    row("deleted 0", {{u"deleted"_s, 0}}, LIVE);
    row("deleted false", {{u"deleted"_s, false}}, LIVE);

    const auto at = [](qint64 secondsAgo) {
        return QString::number(RECORDED_CLOCK - secondsAgo);
    };
    row("last 7d", {{u"last"_s, u"7d"_s}}, published);
    row("last 12h", {{u"last"_s, u"12h"_s}}, bravo);
    row("last 90m", {{u"last"_s, u"90m"_s}}, {}); // charlie changed, but was never published
    row("last range", {{u"last"_s, QJsonArray{at(4 * DAY), at(DAY)}}}, alpha);
    row("last range reversed", {{u"last"_s, QJsonArray{at(DAY), at(4 * DAY)}}}, alpha);
    row("last epoch seconds are absolute", {{u"last"_s, 86400}}, published);
    row("last ISO date", {{u"last"_s, u"2026-12-04"_s}}, bravo);
    row("last unreadable", {{u"last"_s, u"recently"_s}}, {});
    row("publish_timestamp", {{u"publish_timestamp"_s, u"12h"_s}}, bravo);
    row("timestamp of the attribute", {{u"timestamp"_s, u"2h"_s}}, charlie);
    row("attribute_timestamp", {{u"attribute_timestamp"_s, u"45m"_s}}, {13});
    row("event_timestamp", {{u"event_timestamp"_s, u"10m"_s}}, charlie);

    row("filters combine", {{u"type"_s, u"ip-dst"_s}, {u"to_ids"_s, 0}, {u"eventid"_s, 3}}, {10});
    row("in a request wrapper", {{u"request"_s, QJsonObject{{u"type"_s, u"md5"_s}}}}, {8});
    row("returnFormat download is json",
        {{u"returnFormat"_s, u"download"_s}, {u"type"_s, u"md5"_s}},
        {8});
}

// Each filter as MISP 2.5.1 applies it (see FakeMispServer.h); rows marked "is no filter" or
// "is true" are MISP's PHP reading of the value, not what a client might expect.
void TestFakeMispServer::attributeSearchFilters()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QJsonObject, filters);
    QFETCH(QList<int>, ids);
    seedSearchCorpus();
    if (QTest::currentTestFailed()) {
        return;
    }
    QByteArray count;
    QCOMPARE(searchValues(filters, &count), corpusValues(ids));
    QCOMPARE(count, QByteArray::number(ids.size())); // no limit: the number of matches
}

void TestFakeMispServer::attributeSearchShape()
{
    OTXDESK_REQUIRE_FIXTURES();
    seedSearchCorpus();
    if (QTest::currentTestFailed()) {
        return;
    }
    const std::optional<Transcript> t = loadTranscript(u"11b-attributes-restSearch-type-string"_s);
    QVERIFY(t);
    const QJsonObject recorded =
            t->responseJson[u"response"_s][u"Attribute"_s][0].toObject(); // with an event tag
    const auto typesOf = [](const QJsonObject &object) {
        QStringList types;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            types.append(it.key() + u'=' + QString::number(int(it.value().type())));
        }
        return types;
    };

    const Response r =
            post(u"/attributes/restSearch"_s,
                 QJsonObject{{u"value"_s, u"evil.example"_s}, {u"includeEventTags"_s, true}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=UTF-8"));
    QCOMPARE(r.json.toObject().keys(), QStringList{u"response"_s});
    QCOMPARE(r.json[u"response"_s].toObject().keys(), QStringList{u"Attribute"_s});
    const QJsonObject found = r.json[u"response"_s][u"Attribute"_s][0].toObject();
    QCOMPARE(typesOf(found), typesOf(recorded));
    QCOMPARE(typesOf(found[u"Event"_s].toObject()), typesOf(recorded[u"Event"_s].toObject()));
    QCOMPARE(typesOf(found[u"Tag"_s][0].toObject()), typesOf(recorded[u"Tag"_s][0].toObject()));
    QCOMPARE(found[u"id"_s].toString(), u"2"_s);
    QCOMPARE(found[u"Event"_s].toObject(),
             (QJsonObject{{u"org_id"_s, u"1"_s},
                          {u"distribution"_s, u"1"_s},
                          {u"publish_timestamp"_s, QString::number(RECORDED_CLOCK - 3 * DAY)},
                          {u"id"_s, u"1"_s},
                          {u"info"_s, u"alpha"_s},
                          {u"orgc_id"_s, u"1"_s},
                          {u"uuid"_s, ALPHA_UUID}}));
    QCOMPARE(found[u"Tag"_s][0][u"name"_s].toString(), u"tlp:green"_s);
    QCOMPARE(found[u"Tag"_s][0][u"inherited"_s], QJsonValue(1));

    // Without includeEventTags an attribute without tags of its own has no Tag key.
    const Response bare =
            post(u"/attributes/restSearch"_s, QJsonObject{{u"value"_s, u"evil.example"_s}});
    QVERIFY(!bare.json[u"response"_s][u"Attribute"_s][0].toObject().contains(u"Tag"_s));
    QCOMPARE(typesOf(bare.json[u"response"_s][u"Attribute"_s][0].toObject()),
             typesOf(t->responseJson[u"response"_s][u"Attribute"_s][0].toObject())
                     .filter(QRegularExpression(u"^(?!Tag=)"_s)));

    // The attribute's own tags come first, in MISP's shorter attribute-tag shape.
    const Response own = post(u"/attributes/restSearch"_s,
                              QJsonObject{{u"type"_s, u"md5"_s},
                                          {u"includeEventTags"_s, 1},
                                          {u"includeEventUuid"_s, true}});
    const QJsonObject md5 = own.json[u"response"_s][u"Attribute"_s][0].toObject();
    const QJsonArray tags = md5[u"Tag"_s].toArray();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags[0][u"name"_s].toString(), u"kill-chain:delivery"_s);
    QCOMPARE(tags[0].toObject().keys(),
             (QStringList{u"colour"_s,
                          u"id"_s,
                          u"is_galaxy"_s,
                          u"local"_s,
                          u"name"_s,
                          u"numerical_value"_s}));
    QCOMPARE(tags[0][u"is_galaxy"_s], QJsonValue(false));
    QCOMPARE(tags[1][u"name"_s].toString(), u"tlp:amber"_s);
    QCOMPARE(tags[1][u"inherited"_s], QJsonValue(1));
    QCOMPARE(md5[u"event_uuid"_s].toString(), BRAVO_UUID);
    const Response ownOnly = post(u"/attributes/restSearch"_s, QJsonObject{{u"type"_s, u"md5"_s}});
    QCOMPARE(ownOnly.json[u"response"_s][u"Attribute"_s][0][u"Tag"_s].toArray().size(), 1);

    // A soft-deleted attribute, when asked for, says so.
    const Response deleted =
            post(u"/attributes/restSearch"_s, QJsonObject{{u"deleted"_s, u"only"_s}});
    QCOMPARE(deleted.json[u"response"_s][u"Attribute"_s][0][u"deleted"_s], QJsonValue(true));
    // The same attribute as events/view shows it, but for the event's lists.
    const QJsonObject viewed = m_fake->event(u"1"_s)[u"Event"_s][u"Attribute"_s][1].toObject();
    for (const QString &key : found.keys()) {
        if (key != u"Event"_s && key != u"Tag"_s) {
            QCOMPARE(found[key], viewed[key]);
        }
    }
}

void TestFakeMispServer::attributeSearchRequests()
{
    OTXDESK_REQUIRE_FIXTURES();
    seedSearchCorpus();
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto valuesIn = [](const Response &r) {
        QStringList values;
        for (const QJsonValue &a : r.json[u"response"_s][u"Attribute"_s].toArray()) {
            values.append(a[u"value"_s].toString());
        }
        return values;
    };
    // GET with named parameters (23d), and the format in the URL.
    const Response named = send("GET", u"/attributes/restSearch/json/type:md5"_s);
    QCOMPARE(named.status, 200);
    QCOMPARE(valuesIn(named), corpusValues({8}));
    const Response namedPage =
            send("GET", u"/attributes/restSearch/json/type:ip-dst/limit:2/page:2"_s);
    QCOMPARE(valuesIn(namedPage), corpusValues({10}));
    QCOMPARE(namedPage.resultCount, QByteArray("1"));
    // Ordered URL parameters follow MISP's parameter list: returnFormat, value, …
    QCOMPARE(valuesIn(send("GET", u"/attributes/restSearch/json/evil.example"_s)),
             corpusValues({2}));
    // A value with `:` must be named with `;` in its place.
    QCOMPARE(valuesIn(send("GET", u"/attributes/restSearch/value:2001;db8;;1"_s)),
             corpusValues({7}));
    QCOMPARE(valuesIn(send("GET", u"/attributes/restSearch/json"_s)), corpusValues(LIVE));
    QCOMPARE(valuesIn(post(u"/attributes/restSearch/json"_s, QJsonObject{{u"type"_s, u"md5"_s}})),
             corpusValues({8}));
    // A body is only read from a POST.
    QCOMPARE(valuesIn(send("GET",
                           u"/attributes/restSearch/json"_s,
                           toBody(QJsonObject{{u"type"_s, u"md5"_s}}))),
             corpusValues(LIVE));

    const Response get = send("GET", u"/attributes/restSearch"_s);
    QCOMPARE(get.status, 400);
    QCOMPARE(get.json[u"name"_s].toString(),
             u"Restsearch queries using GET and no parameters are not allowed. If you have "
             "passed parameters via a JSON body, make sure you use POST requests."_s);
    const QString noTerms =
            u"Either specify the search terms in the url, or POST a json with the filter "
            "parameters."_s;
    for (const QByteArray &body : {QByteArray(), QByteArray("{}"), QByteArray("[]")}) {
        const Response empty = send("POST", u"/attributes/restSearch/json"_s, body);
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.json.toObject(),
                 (QJsonObject{{u"name"_s, noTerms},
                              {u"message"_s, noTerms},
                              {u"url"_s, u"/attributes/restSearch"_s}}));
    }
    const Response form = send("POST",
                               u"/attributes/restSearch"_s,
                               toBody(QJsonObject{{u"type"_s, u"md5"_s}}),
                               {{"Authorization", TEST_KEY}, {"Accept", "application/json"}});
    QCOMPARE(form.status, 400); // not application/json: no body
    const Response broken = send("POST", u"/attributes/restSearch"_s, "{\"type\": ");
    QCOMPARE(broken.status, 405);
    const Response csv =
            post(u"/attributes/restSearch"_s, QJsonObject{{u"returnFormat"_s, u"csv"_s}});
    QCOMPARE(csv.status, 404);
    QCOMPARE(csv.json[u"name"_s].toString(), u"Invalid output format."_s);
    const Response badRange = post(u"/attributes/restSearch"_s,
                                   QJsonObject{{u"last"_s, QJsonArray{u"1d"_s, u"2d"_s, u"3d"_s}}});
    QCOMPARE(badRange.status, 500);

    // Filters the fake does not reproduce are ignored, loudly.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"attribute restSearch ignores filters .*tags"_s));
    QCOMPARE(valuesIn(post(u"/attributes/restSearch"_s, QJsonObject{{u"tags"_s, u"tlp:green"_s}})),
             corpusValues(LIVE));

    // An automation endpoint: the key works without Accept; a wrong key gets HTML then.
    const QByteArray wrongKey = "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ";
    const QByteArray body = toBody(QJsonObject{{u"type"_s, u"md5"_s}});
    const Response noAccept =
            send("POST",
                 u"/attributes/restSearch"_s,
                 body,
                 {{"Authorization", TEST_KEY}, {"Content-Type", "application/json"}});
    QCOMPARE(noAccept.status, 200);
    QCOMPARE(valuesIn(noAccept), corpusValues({8}));
    const Response html = send("POST",
                               u"/attributes/restSearch"_s,
                               body,
                               {{"Authorization", wrongKey}, {"Content-Type", "application/json"}});
    QCOMPARE(html.status, 403);
    QCOMPARE(html.contentType, QByteArray("text/html; charset=UTF-8"));
    const Response denied = send("POST", u"/attributes/restSearch"_s, body, jsonHeaders(wrongKey));
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json[u"url"_s].toString(), u"/attributes/restSearch"_s);
    QCOMPARE(m_fake->requestCount(u"POST"_s, u"/attributes/restSearch"_s), 12);
}

// Pages of `limit` to the end over a seeded event of 2,503 attributes, with MISP's counts:
// a full page says limit + 1, the last one its size, one past the end 1.
void TestFakeMispServer::attributeSearchPagesToTheEnd()
{
    OTXDESK_REQUIRE_FIXTURES();
    const int total = 2503;
    const int limit = 500;
    QJsonArray attributes;
    for (int i = 0; i < total; ++i) {
        attributes.append(attribute(u"domain"_s, u"host-%1.example"_s.arg(i)));
    }
    const QJsonObject seeded =
            m_fake->seedEvent(QJsonObject{{u"info"_s, u"many"_s}, {u"Attribute"_s, attributes}});
    QCOMPARE(seeded[u"Event"_s][u"attribute_count"_s].toString(), QString::number(total));
    QVERIFY(!addEvent(QJsonObject{
                              {u"info"_s, u"other"_s},
                              {u"Attribute"_s, QJsonArray{attribute(u"ip-dst"_s, u"192.0.2.1"_s)}}})
                     .isEmpty());

    QStringList seen;
    QList<QByteArray> counts;
    int page = 1;
    for (; page <= 10; ++page) {
        QByteArray count;
        const QStringList values = searchValues(
                QJsonObject{{u"type"_s, u"domain"_s}, {u"limit"_s, limit}, {u"page"_s, page}},
                &count);
        seen += values;
        counts.append(count);
        if (values.size() < limit) {
            break; // the only reliable end
        }
    }
    QCOMPARE(page, 6);
    QCOMPARE(counts, (QList<QByteArray>{"501", "501", "501", "501", "501", "3"}));
    QCOMPARE(seen.size(), total);
    QCOMPARE(seen.first(), u"host-0.example"_s);
    QCOMPARE(seen.last(), u"host-2502.example"_s);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), total);

    // Past the end: an empty list, and a count of 1.
    QByteArray pastEnd;
    QCOMPARE(
            searchValues(QJsonObject{{u"type"_s, u"domain"_s}, {u"limit"_s, limit}, {u"page"_s, 7}},
                         &pastEnd),
            QStringList());
    QCOMPARE(pastEnd, QByteArray("1"));
    QByteArray noMatch;
    QCOMPARE(searchValues(QJsonObject{{u"type"_s, u"md5"_s}, {u"limit"_s, limit}}, &noMatch),
             QStringList());
    QCOMPARE(noMatch, QByteArray("1"));
    // A page that ends exactly at the last match is full: it says limit + 1 too.
    QByteArray exact;
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 4}, {u"page"_s, 626}}, &exact).size(), 4);
    QCOMPARE(exact, QByteArray("5"));

    // limit without page is page 1; page without limit, or limit 0, is everything.
    QByteArray count;
    QCOMPARE(searchValues(QJsonObject{{u"type"_s, u"domain"_s}, {u"limit"_s, u"3"_s}}, &count),
             (QStringList{u"host-0.example"_s, u"host-1.example"_s, u"host-2.example"_s}));
    QCOMPARE(count, QByteArray("4"));
    QCOMPARE(searchValues(QJsonObject{{u"type"_s, u"domain"_s}, {u"page"_s, 3}}, &count).size(),
             total);
    QCOMPARE(count, QByteArray::number(total));
    QCOMPARE(searchValues(QJsonObject{{u"type"_s, u"domain"_s}, {u"limit"_s, 0}, {u"page"_s, 3}},
                          &count)
                     .size(),
             total);
    QCOMPARE(count, QByteArray::number(total));
    // page 0 (or less) is page 1.
    QCOMPARE(searchValues(QJsonObject{{u"type"_s, u"domain"_s}, {u"limit"_s, 1}, {u"page"_s, 0}}),
             QStringList{u"host-0.example"_s});
    // The other event's attribute comes last: it has the highest id.
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 2}, {u"page"_s, 1252}}),
             (QStringList{u"host-2502.example"_s, u"192.0.2.1"_s}));
}

void TestFakeMispServer::attributeSearchQuirks()
{
    OTXDESK_REQUIRE_FIXTURES();
    QJsonArray attributes;
    for (int i = 0; i < 7; ++i) {
        attributes.append(attribute(u"domain"_s, u"q%1.example"_s.arg(i)));
    }
    QVERIFY(!m_fake->seedEvent(QJsonObject{{u"info"_s, u"quirks"_s}, {u"Attribute"_s, attributes}})
                     .isEmpty());
    QCOMPARE(m_fake->attributeSearchQuirks().ignoreLimit, false);
    QVERIFY(!m_fake->attributeSearchQuirks().resultCount);

    // A client's loop as it should be: stop at a short page, at a page that brings no id not
    // seen before, or after a page cap. Returns the pages fetched.
    const auto pageThrough = [this](int limit, QStringList *values) {
        QSet<QString> ids;
        int page = 1;
        for (; page <= 50; ++page) {
            const Response r = post(u"/attributes/restSearch"_s,
                                    QJsonObject{{u"limit"_s, limit}, {u"page"_s, page}});
            const QJsonArray found = r.json[u"response"_s][u"Attribute"_s].toArray();
            bool progress = false;
            for (const QJsonValue &a : found) {
                if (!ids.contains(a[u"id"_s].toString())) {
                    ids.insert(a[u"id"_s].toString());
                    values->append(a[u"value"_s].toString());
                    progress = true;
                }
            }
            if (found.size() < limit || !progress) {
                break;
            }
        }
        return page;
    };

    QStringList values;
    QCOMPARE(pageThrough(3, &values), 3); // as recorded: 3, 3, 1
    QCOMPARE(values.size(), 7);

    // (a) limit ignored: every page is everything, counted as everything.
    m_fake->setAttributeSearchQuirks({.ignoreLimit = true});
    QByteArray count;
    const QStringList first = searchValues(QJsonObject{{u"limit"_s, 3}, {u"page"_s, 1}}, &count);
    QCOMPARE(first.size(), 7);
    QCOMPARE(count, QByteArray("7"));
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 3}, {u"page"_s, 2}}), first);
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 3}, {u"page"_s, 99}}), first);
    values.clear();
    QCOMPARE(pageThrough(3, &values), 2); // the second page brings nothing new
    QCOMPARE(values.size(), 7);
    values.clear();
    QCOMPARE(pageThrough(7, &values), 2);
    QCOMPARE(values.size(), 7);

    // (b) a count that promises more for ever, even on empty pages.
    m_fake->setAttributeSearchQuirks({.resultCount = 1000000});
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 3}, {u"page"_s, 3}}, &count).size(), 1);
    QCOMPARE(count, QByteArray("1000000"));
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 3}, {u"page"_s, 9}}, &count), QStringList());
    QCOMPARE(count, QByteArray("1000000"));
    QCOMPARE(searchValues(QJsonObject{{u"type"_s, u"domain"_s}}, &count).size(), 7);
    QCOMPARE(count, QByteArray("1000000"));
    values.clear();
    QCOMPARE(pageThrough(3, &values), 3);
    QCOMPARE(values.size(), 7);

    // Both at once, and no header at all.
    m_fake->setAttributeSearchQuirks({.ignoreLimit = true, .resultCount = 0});
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 2}, {u"page"_s, 2}}, &count).size(), 7);
    QCOMPARE(count, QByteArray("0"));
    m_fake->setAttributeSearchQuirks({.resultCount = 5, .omitResultCount = true});
    const Response headerless =
            post(u"/attributes/restSearch"_s, QJsonObject{{u"limit"_s, 3}, {u"page"_s, 1}});
    QCOMPARE(headerless.json[u"response"_s][u"Attribute"_s].toArray().size(), 3);
    QVERIFY(!headerless.hasResultCount);

    // Back to the recorded behaviour; events/restSearch was never affected.
    QVERIFY(post(u"/events/restSearch"_s, QJsonObject{{u"limit"_s, 1}}).hasResultCount);
    m_fake->setAttributeSearchQuirks({});
    QCOMPARE(searchValues(QJsonObject{{u"limit"_s, 3}, {u"page"_s, 1}}, &count).size(), 3);
    QCOMPARE(count, QByteArray("4"));
}

void TestFakeMispServer::seedEventStoresLikeEventsAdd()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_fake->setClock([] { return RECORDED_CLOCK; });
    // Seeding ignores the role: tags are created and publishing is honoured.
    m_fake->setPermissions({.add = false, .tagger = false, .tagEditor = false, .publish = false});
    const QJsonObject event{
            {u"Event"_s,
             QJsonObject{
                     {u"uuid"_s, ALPHA_UUID},
                     {u"info"_s, u"seeded"_s},
                     {u"published"_s, true},
                     {u"Tag"_s, QJsonArray{QJsonObject{{u"name"_s, u"tlp:green"_s}}}},
                     {u"Attribute"_s,
                      QJsonArray{attribute(u"domain"_s, u"Seeded[.]Example"_s),
                                 attribute(u"domain"_s, u"seeded.example"_s),
                                 attribute(u"ip-dst"_s, u"999.1.1.1"_s),
                                 attribute(u"no-such-type"_s, u"x"_s),
                                 attribute(u"md5"_s, u"D41D8CD98F00B204E9800998ECF8427E"_s)}}}}};
    const QJsonObject seeded = m_fake->seedEvent(event);
    QCOMPARE(seeded, m_fake->event(ALPHA_UUID));
    const QJsonObject e = seeded[u"Event"_s].toObject();
    QCOMPARE(e[u"id"_s].toString(), u"1"_s);
    QVERIFY(e[u"published"_s].toBool());
    QCOMPARE(tagNamesOf(e), QStringList{u"tlp:green"_s});
    QCOMPARE(valuesOf(e),
             (QStringList{u"seeded.example"_s, u"d41d8cd98f00b204e9800998ecf8427e"_s}));
    QCOMPARE(m_fake->requestCount(QString(), u"/"_s), 0); // no HTTP

    // What events/add refuses, seedEvent refuses too (and says why).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"seedEvent refused .*404"_s));
    QVERIFY(m_fake->seedEvent(event).isEmpty());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"seedEvent refused .*valueNotEmpty"_s,
                                            QRegularExpression::DotMatchesEverythingOption));
    QVERIFY(m_fake->seedEvent(QJsonObject{{u"date"_s, u"2024-05-01"_s}}).isEmpty());
    QCOMPARE(m_fake->eventCount(), 1);

    // The role is back in force, and ids carry on.
    QCOMPARE(post(u"/events/add"_s, QJsonObject{{u"info"_s, u"denied"_s}}).status, 403);
    m_fake->setPermissions({});
    QCOMPARE(addEvent(QJsonObject{{u"info"_s, u"next"_s}})[u"id"_s].toString(), u"2"_s);
    QCOMPARE(
            m_fake->seedEvent(QJsonObject{{u"info"_s, u"third"_s}})[u"Event"_s][u"id"_s].toString(),
            u"3"_s);
}

QTEST_GUILESS_MAIN(TestFakeMispServer)
#include "TestFakeMispServer.moc"
