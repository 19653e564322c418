#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

/// An in-process fake of the MISP REST API as a MISP 2.5.1 server speaks it (see
/// shared/notes/misp-api.md §1–§4 and shared/fixtures/misp/observed/BEHAVIOUR.md, whose
/// transcripts the self-test replays), listening on 127.0.0.1 only. One organisation, one user
/// and one key; events live in memory and ids count up from 1 like the recorded server's.
///
/// Requests and headers, as the real server decides them:
/// - REST mode needs `Accept: application/json` (exact), a `.json` extension or an automation
///   endpoint (`/events/restSearch`, `/attributes/restSearch`). Anything else is a browser
///   request: 302 `Location: <base>/users/login`, `text/html`, empty body; the key is never
///   looked at. The key is read from `Authorization` (then `X-MISP-AUTH`, which overrides it);
///   only comma-separated 40-character alphanumeric tokens are tried. No or a wrong key: 403
///   `{"name": "Authentication failed. …"}`, or an HTML error page on an automation endpoint
///   requested without Accept.
/// - A body is JSON only with `Content-Type: application/json`; otherwise it reads as empty.
///   Malformed JSON is 405 "Invalid JSON input. …" on every endpoint.
/// - Every JSON reply is `application/json; charset=UTF-8`. Errors come in the exception shape
///   `{"name", "message", "url": <request path>}` (compact) or, always with status 403, the
///   save-failure shape `{"saved": false, "name", "message", "url": "/<controller>/<action>",
///   "errors"}` (indented, as recorded); success messages as
///   `{"saved": true, "success": true, "name", "message", "url", "id"}`.
///
/// Endpoints (ids are numeric ids or uuids wherever MISP takes both):
/// - `GET /servers/getVersion`, `GET /users/view/me` (the Role reflects setPermissions()),
///   `GET /attributes/describeTypes[.json]`: bodies from the fixtures (`misp/observed/01…`,
///   `…/02…`, `misp/describeTypes.json`), read on first use; 500 when they are missing.
/// - `POST /events/add` (`{"Event": {…}}` or bare): existing uuid → 404 "Event already exists,
///   …" with `Location: <base>/events/<id>`; the same uuid in another case → 403 "The UUID
///   provided is not unique"; a deleted event's uuid → 403 "Event blocked by event blocklist.";
///   `published: true` without attributes → 403; `Tag` given as strings → 500 and nothing is
///   created; missing `info`, a malformed uuid, date or threat level → 403 field errors.
///   Invalid attributes, in-body duplicates and attributes whose uuid exists anywhere are
///   dropped silently; tags `{"name": …}` are matched case-insensitively and created with
///   perm_tag_editor, else dropped unless they exist. 200 with the full event.
/// - `GET|HEAD /events/view/<id>`: the event (soft-deleted attributes hidden) or 404.
/// - `POST|PUT /events/edit/<id>`: fields that are sent replace stored ones; `Tag` adds tags;
///   attributes are merged (own uuid → updated unless the sent timestamp is not newer; another
///   event's uuid → dropped; new → added unless invalid or a duplicate; `deleted: true` soft
///   deletes); `published` other than true unpublishes; an `Event.timestamp` not newer than
///   the stored one → 403 "Event could not be saved: …" with `id`.
/// - `POST /attributes/add/<event>`: one attribute (bare or `{"Attribute": …}`) or a list,
///   with MISP's normalisation (trim; refang for network and e-mail types; lower-case hashes,
///   domain, hostname, e-mail; IDN domain → punycode; IPv6 compressed; CVE/CWE upper-case),
///   validation messages and reply shapes (object for one saved, list for several, `errors`
///   keyed `attribute_<index>` for lists; 403 save failure when nothing was saved).
/// - `POST /attributes/delete/<id>`: soft delete, `{"message": "Attribute deleted."}`.
/// - `POST /tags/removeTagFromObject` `{"uuid": <event or attribute uuid>, "tag": <name|id>}`.
/// - `POST /events/publish/<id>` ("Event published without alerts"), `POST
///   /events/delete/<id>` (the uuid goes on the blocklist).
/// - `POST /events/restSearch[/json]` with `uuid`, `eventid`, `eventinfo`, `published`,
///   `limit`, `page`, `metadata`: `{"response": [{"Event": …}]}` by id, `X-Result-Count` =
///   all matches; other filters are ignored (MISP ignores unknown ones too).
/// - `POST|GET /attributes/restSearch[/json]`. Recorded (11–11g, 23c, 23d): `type` as a
///   string, a list and OR/NOT, `value` with `%`, `to_ids: 0` with `eventid`,
///   `includeEventTags`, a GET with a named parameter, an unknown type, no match, and
///   X-Result-Count with and without `limit`. The rest is read from MISP 2.5.1's source
///   (`AppController::restSearch`, `MispAttribute::restSearch`, `__iteratedFetch`,
///   `fetchAttributes`, `Event::set_filter_*`, `AppModel::convert_filters`, CakePHP's quoting):
///   - Filters from the JSON body (also inside `{"request": …}`, POST only), then the URL's
///     ordered parameters (`/json/<value>/…`), then named ones (`/type:md5`). Strings are
///     trimmed and split on `||`; a filter string also splits on `&&`, and `!x` means NOT x.
///     List filters take a string, a list or `{"OR": […], "NOT": […]}` (an `AND` group is
///     ignored). A term that starts or ends with `%` is SQL LIKE (`%`, `_`); type and
///     value ignore case (`utf8mb3_unicode_ci` columns), category does not (`utf8mb3_bin`).
///   - `type`, `category`; a list naming `email-src` or `email-dst` also matches `email`.
///   - `value` matches either half of a composite value (`value1`, `value2`), never the
///     whole `a|b`; IPv6 terms are compressed. NOT terms do nothing: 2.5.1 strips their first
///     character a second time, so `!evil.example` only excludes the value `!vil.example`.
///   - `to_ids`, `published` (of the event), `deleted`: MISP casts each value with PHP's
///     `!empty`, so `"0"`, `0` select false but `"false"` selects true, and a JSON `false` is
///     no filter at all (every filter whose value is `false` is skipped). `to_ids: "exclude"`
///     is 0. Soft-deleted attributes are hidden unless `deleted` is 1/true/`"only"` (then only
///     they come) or `[0, 1]` (both).
///   - `last` and `publish_timestamp` compare the event's `publish_timestamp` (so attributes
///     of an event that was never published never match, and editing an event does not make
///     it "recent"); `timestamp`/`attribute_timestamp` the attribute's, `event_timestamp` the
///     event's `timestamp`. Values: `"7d"`, `"12h"`, `"30m"`, `"45s"` back from now(), epoch
///     seconds (absolute: `86400` is 1970-01-02), an ISO date or date-time, or `[from, to]`;
///     anything else matches nothing. A list of other than two items is 500.
///   - `eventid` (ids or event uuids, uuids case-sensitive, `!` to exclude; `"all"`: no filter),
///     `threat_level_id` of the event (one value or a list), `includeEventTags` (event tags
///     after the attribute's own, with `"inherited": 1`), `includeEventUuid` (`event_uuid`).
///   - Reply `{"response": {"Attribute": [...]}}`, each attribute as recorded: ids, enums and
///     timestamps as strings, booleans as booleans, no `value1`/`value2`, an `Event` object
///     with id, uuid, info, org_id, orgc_id, distribution, publish_timestamp, and `Tag` only
///     when there are tags (`{id, name, colour, numerical_value, is_galaxy, local}` for the
///     attribute's own, `{id, name, colour, numerical_value, inherited}` for the event's).
///   - Order: MISP sends no ORDER BY, so the database decides. Every recording but one is in
///     attribute id order, which the fake always uses; in 23c MariaDB read the `type` index
///     and answered `link` (id 12) before `vulnerability` (id 10). A client must not rely on
///     the order, and since pages are LIMIT/OFFSET without ORDER BY it should de-duplicate.
///   - Paging: `limit` is honoured; `page` is 1-based, `limit` without `page` is page 1, and
///     `page` without `limit` (or `limit` 0) is ignored: everything comes at once. A page
///     past the end is `{"response": {"Attribute": []}}` (200).
///   - `X-Result-Count` is the total only without `limit`. With `limit` it is the number on
///     this page, plus one when the page is full (11g: 3, 3, 3, 1 for 7 matches in pages of
///     2), and 1 for an empty page (the "+1" is added before the loop notices there were no
///     rows; source, not recorded), so a page past the end and a search with no match both
///     claim 1. A client cannot page "until the count is reached": it must stop at a page
///     shorter than `limit`, and should not trust the count to be the total.
///   - Errors: POST without a JSON body → 400 "Either specify the search terms in the url, or
///     POST a json with the filter parameters."; GET without parameters → 400 "Restsearch
///     queries using GET and no parameters are not allowed. …"; a `returnFormat` other than
///     `json` (or `download`) → 404 "Invalid output format." (MISP's other export formats are
///     not reproduced); malformed JSON → 405. An unknown type or no match: 200, empty list.
///   setAttributeSearchQuirks() makes it page worse than MISP does.
/// - `GET` on events/add, events/edit and attributes/add answers a short API description, as
///   MISP does; other paths 404 `{"name": "Not Found"}`.
///
/// Permissions (setPermissions()) are checked right after the key, before the event is looked
/// up: perm_add for adding, editing and deleting, perm_publish for publishing (without it
/// `published: true` is ignored), perm_tagger for tags (without it tags in bodies are
/// ignored), perm_tag_editor for creating tags. Every change to an event unpublishes it and
/// moves its timestamp forward by at least one second, so a test sees it change even within
/// one second. Messages for cases the transcripts do not cover (other attribute types, CIDR
/// ranges, empty values, permission denials, …) follow misp-api.md's reading of MISP's source.
///
/// Not reproduced: correlations (`RelatedEvent` is always empty), galaxies, objects, event
/// reports, sightings, proposals, sharing groups, warninglists, taxonomy exclusivity, other
/// organisations and users, events/index, attachTagToObject, rate limiting, compressed bodies
/// and ETags. Attribute restSearch ignores the filters not listed above (`tags`, `uuid`, `org`,
/// `from`, `to`, `date`, `eventinfo`, `first_seen`, `order`, …) with a warning, so its answer
/// is then wider than MISP's, and never batches or caps an answer without `limit` as MISP's
/// memory-derived batch size (memory_limit in MB × 50 rows) may. Exception bodies do not
/// escape `/` as PHP does. `AttributeTag` in attributes/add replies is always empty (tags sent
/// with an attribute are still stored and shown in the event). Tag colours are derived from
/// the name, not random.
class FakeMispServer : public QObject
{
    Q_OBJECT

public:
    /// Faults, each delivered once to one request. InternalError and BadGateway answer in place
    /// of the server, before the key is checked; DropConnection cuts the server's own answer.
    enum class Fault
    {
        /// 500 in the exception shape, "An Internal Error Has Occurred."; nothing changes.
        InternalError,
        /// 502 with a reverse proxy's HTML page; nothing changes.
        BadGateway,
        /// The request is carried out, then the status line, the headers with the full
        /// Content-Length and half the body are sent and the connection is closed: the
        /// client sees RemoteHostClosedError although the server did the work (a retry of an
        /// events/add then meets "Event already exists").
        DropConnection,
    };
    Q_ENUM(Fault)

    /// The role of the key's user, as `/users/view/me` reports it and the server enforces it.
    struct Permissions
    {
        bool add = true;       ///< perm_add (and perm_modify, perm_modify_org)
        bool tagger = true;    ///< perm_tagger
        bool tagEditor = true; ///< perm_tag_editor: unknown tags are created, else dropped
        bool publish = true;   ///< perm_publish
        bool siteAdmin = true; ///< perm_site_admin, perm_admin (reported only)
    };

    /// One request as received. The key's value is never kept, only whether it matched.
    struct RecordedRequest
    {
        QString method;
        QString path;
        QByteArray body;
        bool hadKey = false;     ///< an Authorization or X-MISP-AUTH header was present
        bool keyMatched = false; ///< a key is configured and one of the header's tokens was it
        bool acceptJson = false; ///< `Accept: application/json`, exactly
    };

    /// Ways attribute restSearch can page worse than MISP 2.5.1 does, so that a client test can
    /// show its paging loop ends against such a server. The default is the recorded behaviour.
    struct AttributeSearchQuirks
    {
        /// Every reply carries all matches, whatever `limit` and `page` say (X-Result-Count is
        /// then the total, as without `limit`).
        bool ignoreLimit = false;
        /// X-Result-Count carries this number on every reply instead of MISP's.
        std::optional<qint64> resultCount = std::nullopt;
        /// No X-Result-Count header at all (wins over resultCount).
        bool omitResultCount = false;
    };

    explicit FakeMispServer(QObject *parent = nullptr);
    ~FakeMispServer() override;

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    /// `http://127.0.0.1:<port>`; empty before listen().
    QUrl baseUrl() const;

    /// The only key accepted (MISP keys are 40 alphanumeric characters; other strings can never
    /// match, as on the real server). Until it is set no key is accepted. Only a hash is kept.
    void setApiKey(const QString &key);
    void setPermissions(const Permissions &permissions);
    Permissions permissions() const;
    /// Creates these tags (if missing) as if they had existed before any request; with
    /// tagEditor off only existing tags can be attached.
    void setKnownTags(const QStringList &names);
    /// Names of all tags that exist on the server, in creation order.
    QStringList tagNames() const;
    /// Seconds since the epoch used for timestamps and default dates; the wall clock unless
    /// set (an empty function restores it).
    void setClock(std::function<qint64()> secondsSinceEpoch);

    /// The `nth` (1-based) request whose path starts with `pathPrefix`, counted from this
    /// call, gets `fault` once. Every request counts, faulted or not.
    void injectFault(const QString &pathPrefix, int nth, Fault fault);
    void clearFaults();

    QList<RecordedRequest> requests() const;
    void clearRequests();
    /// Requests with this method (any when empty; case-insensitive) whose path starts with
    /// `pathPrefix`.
    int requestCount(const QString &method, const QString &pathPrefix) const;

    /// Events that exist (deleted ones are gone).
    int eventCount() const;
    /// `{"Event": {…}}` exactly as `GET /events/view/<idOrUuid>` returns it; empty if none.
    QJsonObject event(const QString &idOrUuid) const;
    /// All events as event() returns them, by id.
    QList<QJsonObject> events() const;
    /// As `POST /events/delete`: removes the event and puts its uuid on the blocklist.
    void deleteEvent(const QString &idOrUuid);
    /// Whether events/add refuses this uuid as blocklisted.
    bool isBlocklisted(const QString &uuid) const;
    /// Stores an event as `POST /events/add` would (same validation, normalisation, silent
    /// drops, tags and ids) but without HTTP and as a site admin, whatever setPermissions()
    /// says: for seeding thousands of attributes quickly. `event` is `{"Event": {…}}` or bare.
    /// Returns `{"Event": {…}}` as event() does, or an empty object (and a warning with MISP's
    /// answer) when events/add would have refused it.
    QJsonObject seedEvent(const QJsonObject &event);

    void setAttributeSearchQuirks(const AttributeSearchQuirks &quirks);
    AttributeSearchQuirks attributeSearchQuirks() const;

private:
    struct Reply;
    struct Call;
    struct AttributeCheck;
    struct AttributeSearch;

    struct Tag
    {
        int id = 0;
        QString name;
        QString colour;
    };

    struct Attribute
    {
        int id = 0;
        int eventId = 0;
        QString type;
        QString category;
        QString value;
        QString uuid;
        QString comment;
        QString distribution = QStringLiteral("5");
        QString sharingGroupId = QStringLiteral("0");
        bool toIds = false;
        bool deleted = false;
        bool disableCorrelation = false;
        QJsonValue firstSeen = QJsonValue::Null;
        QJsonValue lastSeen = QJsonValue::Null;
        qint64 timestamp = 0;
        QList<int> tagIds;
    };

    struct Event
    {
        int id = 0;
        QString uuid;
        QString info;
        QString date;
        QString threatLevelId = QStringLiteral("4");
        QString analysis = QStringLiteral("0");
        QString distribution = QStringLiteral("1");
        QString sharingGroupId = QStringLiteral("0");
        bool published = false;
        qint64 timestamp = 0;
        qint64 publishTimestamp = 0;
        QList<Attribute> attributes;
        QList<int> tagIds;
    };

    /// The parts of describeTypes the validation needs.
    struct TypeCatalogue
    {
        bool loaded = false;
        QJsonDocument document;
        QSet<QString> types;
        QStringList categories;
        QHash<QString, QString> defaultCategory;
        QHash<QString, bool> defaultToIds;
        QHash<QString, QSet<QString>> typesByCategory;
    };

    struct PendingFault
    {
        QString prefix;
        int remaining = 0;
        Fault fault = Fault::InternalError;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    Reply route(const Call &call);
    Reply exception(int status, const QString &message, const QString &url) const;
    Reply saveFailure(const QString &name,
                      const QString &url,
                      const QJsonValue &errors,
                      const QString &id = {}) const;
    Reply saveSuccess(const QString &message, const QString &url, const QString &id) const;
    Reply apiDescription(const QString &url, const QString &description) const;

    Reply getVersion(const Call &call);
    Reply viewMe(const Call &call);
    Reply describeTypes(const Call &call);
    Reply addEvent(const Call &call);
    Reply viewEvent(const Call &call, const QString &ref);
    /// What a write to an existing event is refused with, if anything; else `*index` is the
    /// event's.
    std::optional<Reply> refuseEventWrite(const Call &call, const QString &ref, int *index) const;
    Reply editEvent(const Call &call, const QString &ref);
    Reply deleteEventCall(const Call &call, const QString &ref);
    Reply publishEvent(const Call &call, const QString &ref);
    Reply addAttributes(const Call &call, const QString &ref);
    Reply deleteAttribute(const Call &call, const QString &ref);
    Reply removeTagFromObject(const Call &call);
    Reply restSearchEvents(const Call &call, const QString &formatInUrl);
    Reply restSearchAttributes(const Call &call);

    bool ensureTypes();
    QJsonObject observedBody(const QString &fixture) const;
    AttributeCheck checkAttribute(const QJsonObject &input,
                                  const Event &event,
                                  const Attribute *existing) const;
    /// Resolves `{"name": …}` tag objects (case-insensitive), creating unknown ones when the
    /// role may; returns the ids to attach.
    QList<int> resolveTags(const QJsonValue &tags);
    int findTagByName(const QString &name) const;
    int createTag(const QString &name);
    const Tag *tagById(int id) const;

    int findEvent(const QString &idOrUuid) const;
    int findEventByUuid(const QString &uuid, Qt::CaseSensitivity cs) const;
    /// The event index and attribute index of the attribute with this uuid, or {-1, -1}.
    std::pair<int, int> findAttributeByUuid(const QString &uuid) const;
    std::pair<int, int> findAttributeById(int id) const;
    QJsonObject eventJson(const Event &event, bool metadata) const;
    QJsonObject attributeInEventJson(const Attribute &attribute) const;
    QJsonObject attributeJson(const Attribute &attribute) const;
    /// An attribute as attributes/restSearch answers it.
    QJsonObject attributeSearchJson(const Attribute &attribute,
                                    const Event &event,
                                    bool withEventTags,
                                    bool withEventUuid) const;
    QJsonObject tagJson(const Tag &tag) const;
    QJsonArray tagsJson(const QList<int> &ids) const;

    qint64 now() const;
    /// A timestamp for a change: now, but always later than `previous`.
    qint64 nextTimestamp(qint64 previous) const;
    /// Records a change to the event: unpublished, timestamp moved forward.
    void touch(Event &event) const;

    QHttpServer *m_server = nullptr;
    QUrl m_baseUrl;
    QByteArray m_apiKeyHash;
    Permissions m_permissions;
    std::function<qint64()> m_clock;
    QList<PendingFault> m_faults;
    QList<RecordedRequest> m_requests;
    AttributeSearchQuirks m_attributeSearchQuirks;

    TypeCatalogue m_types;
    QList<Event> m_events;     // by id
    QList<Tag> m_tags;         // by id
    QSet<QString> m_blocklist; // lower-case event uuids
    int m_nextEventId = 1;
    int m_nextAttributeId = 1;
    int m_nextTagId = 1;
};
