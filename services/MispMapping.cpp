#include "services/MispMapping.h"

#include "models/Timestamps.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MispMapping", text);
}

const QString LINK_CATEGORY = u"External analysis"_s;

QJsonObject readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return {};
    }
    return doc.object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString()) {
            out.append(v.toString());
        }
    }
    return out;
}

// MISP re-fangs network and e-mail values before it validates: an hxxp(s) scheme on URLs,
// [.] and [dot] for dots, [@] for at. Other types (comments, YARA, mutexes) keep their text.
QString refang(const QString &mispType, QString value)
{
    static const QSet<QString> network = {u"url"_s,
                                          u"link"_s,
                                          u"uri"_s,
                                          u"ip-src"_s,
                                          u"ip-dst"_s,
                                          u"domain"_s,
                                          u"hostname"_s,
                                          u"email-src"_s,
                                          u"email-dst"_s};
    if (!network.contains(mispType)) {
        return value;
    }
    if ((mispType == u"url"_s || mispType == u"link"_s)
        && value.startsWith(u"hxxp"_s, Qt::CaseInsensitive)) {
        value.replace(0, 4, u"http"_s);
    }
    value.replace(u"[.]"_s, u"."_s);
    value.replace(u"[dot]"_s, u"."_s, Qt::CaseInsensitive);
    value.replace(u"[@]"_s, u"@"_s);
    return value;
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

// A DNS name as MISP stores it: lower case, punycode for Unicode labels. A trailing dot
// (the root) is dropped, since MISP refuses it on hostnames.
// TODO(misp): MISP converts IDN domains to punycode but keeps Unicode hostnames as sent; we
// send both punycoded, so a hostname typed into MISP in Unicode is not seen as a duplicate.
QString normaliseName(const QString &value)
{
    QString name = value.toLower();
    while (name.endsWith(u'.')) {
        name.chop(1);
    }
    if (!isAscii(name)) {
        const QByteArray ace = QUrl::toAce(name);
        if (!ace.isEmpty()) {
            name = QString::fromLatin1(ace).toLower();
        }
    }
    return name;
}

QString normaliseIp(const QString &value)
{
    const qsizetype slash = value.indexOf(u'/');
    const QString address = slash >= 0 ? value.left(slash) : value;
    QHostAddress parsed;
    if (!address.contains(u':') || !parsed.setAddress(address)
        || parsed.protocol() != QAbstractSocket::IPv6Protocol) {
        return value; // IPv4 text is kept: MISP refuses what it cannot read, with a reason
    }
    return parsed.toString() + (slash >= 0 ? value.mid(slash) : QString());
}

} // namespace

// ---------------------------------------------------------------------------------------------

Result<MispTypeTable> MispTypeTable::fromJson(const QJsonObject &json)
{
    const QJsonObject root = json.contains("result"_L1) ? json.value("result"_L1).toObject() : json;
    const QJsonArray types = root.value("types"_L1).toArray();
    if (types.isEmpty()) {
        return Error{tr("MISP's list of attribute types is empty or unreadable."),
                     {},
                     u"misp.malformed"_s};
    }
    MispTypeTable table;
    for (const QJsonValue &t : types) {
        table.m_types.insert(t.toString());
    }
    const QJsonObject mappings = root.value("category_type_mappings"_L1).toObject();
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        QSet<QString> &set = table.m_typesByCategory[it.key()];
        for (const QString &type : stringList(it.value())) {
            set.insert(type);
        }
    }
    const QJsonObject defaults = root.value("sane_defaults"_L1).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        const QJsonValue toIds = d.value("to_ids"_L1);
        table.m_defaults.insert(it.key(),
                                {d.value("default_category"_L1).toString(),
                                 toIds.isBool() ? toIds.toBool() : toIds.toInt() != 0});
    }
    return table;
}

bool MispTypeTable::allows(const QString &category, const QString &type) const
{
    return m_typesByCategory.value(category).contains(type);
}

std::optional<std::pair<QString, bool>> MispTypeTable::defaults(const QString &type) const
{
    const auto it = m_defaults.constFind(type);
    if (it == m_defaults.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

// ---------------------------------------------------------------------------------------------

Result<MispGalaxy> MispGalaxy::load(const QString &folder)
{
    MispGalaxy galaxy;
    if (folder.isEmpty()) {
        return galaxy;
    }
    galaxy.m_folder = folder;
    const QDir dir(folder);
    bool found = false;
    QString error;
    for (const QString &name :
         {u"mitre-attack-pattern-index.json"_s, u"mitre-attack-pattern.json"_s}) {
        if (!dir.exists(name)) {
            continue;
        }
        found = true;
        const QJsonObject json = readJsonFile(dir.filePath(name), &error);
        if (json.isEmpty()) {
            return Error{tr("Could not read the ATT&CK galaxy file %1.").arg(dir.filePath(name)),
                         error};
        }
        const QJsonObject byId = json.value("by_external_id"_L1).toObject();
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            galaxy.addAttackPattern(it.key(), it.value().toObject().value("value"_L1).toString());
        }
        for (const QJsonValue &v : json.value("values"_L1).toArray()) {
            const QJsonObject cluster = v.toObject();
            for (const QString &id :
                 stringList(cluster.value("meta"_L1).toObject().value("external_id"_L1))) {
                galaxy.addAttackPattern(id, cluster.value("value"_L1).toString());
            }
        }
        break;
    }
    for (const QString &name : {u"threat-actor-index.json"_s, u"threat-actor.json"_s}) {
        if (!dir.exists(name)) {
            continue;
        }
        found = true;
        const QJsonObject json = readJsonFile(dir.filePath(name), &error);
        if (json.isEmpty()) {
            return Error{
                    tr("Could not read the threat-actor galaxy file %1.").arg(dir.filePath(name)),
                    error};
        }
        for (const QJsonValue &v : json.value("clusters"_L1).toArray()) {
            const QJsonObject cluster = v.toObject();
            galaxy.addThreatActor(cluster.value("value"_L1).toString(),
                                  stringList(cluster.value("synonyms"_L1)));
        }
        for (const QJsonValue &v : json.value("values"_L1).toArray()) {
            const QJsonObject cluster = v.toObject();
            galaxy.addThreatActor(
                    cluster.value("value"_L1).toString(),
                    stringList(cluster.value("meta"_L1).toObject().value("synonyms"_L1)));
        }
        break;
    }
    if (!found) {
        return Error{tr("The folder %1 holds no misp-galaxy data. Choose the folder with "
                        "mitre-attack-pattern.json and threat-actor.json (misp-galaxy's "
                        "clusters folder).")
                             .arg(folder),
                     {}};
    }
    return galaxy;
}

void MispGalaxy::addAttackPattern(const QString &attackId, const QString &clusterValue)
{
    const QString id = MispMapping::cleanAttackId(attackId);
    if (id.isEmpty() || clusterValue.isEmpty()) {
        return;
    }
    m_attack.insert(id, u"misp-galaxy:mitre-attack-pattern=\"%1\""_s.arg(clusterValue));
}

void MispGalaxy::addThreatActor(const QString &clusterValue, const QStringList &synonyms)
{
    if (clusterValue.trimmed().isEmpty()) {
        return;
    }
    // A cluster's own name wins over another cluster's synonym.
    m_actorByName.insert(clusterValue.trimmed().toCaseFolded(), clusterValue);
    for (const QString &synonym : synonyms) {
        const QString key = synonym.trimmed().toCaseFolded();
        if (!key.isEmpty() && !m_actorByName.contains(key)) {
            m_actorByName.insert(key, clusterValue);
        }
    }
}

// ---------------------------------------------------------------------------------------------

namespace MispMapping {

QUuid uuidNamespace()
{
    static const QUuid ns(u"d698a2df-c3d4-5dcd-9971-515b663f3981"_s);
    return ns;
}

QString eventUuid(const QString &otxPulseId)
{
    return QUuid::createUuidV5(uuidNamespace(), u"pulse:"_s + otxPulseId)
            .toString(QUuid::WithoutBraces)
            .toLower();
}

QString attributeUuid(const QString &otxPulseId,
                      const QString &mispType,
                      const QString &normalisedValue)
{
    return QUuid::createUuidV5(uuidNamespace(),
                               u"attribute:%1:%2:%3"_s.arg(otxPulseId, mispType, normalisedValue))
            .toString(QUuid::WithoutBraces)
            .toLower();
}

const QList<MispTypeMapping> &typeTable()
{
    // Categories are ones MISP's describeTypes allows for each type (the test checks); hash
    // types go to Payload delivery, where MISP accepts every one of them (pehash is not
    // allowed in Artifacts dropped). CVE ids describe, they do not detect: not for IDS.
    static const QList<MispTypeMapping> table = {
            {u"IPv4"_s, u"ip-dst"_s, u"Network activity"_s, true},
            {u"IPv6"_s, u"ip-dst"_s, u"Network activity"_s, true},
            {u"CIDR"_s, u"ip-dst"_s, u"Network activity"_s, true},
            {u"domain"_s, u"domain"_s, u"Network activity"_s, true},
            {u"hostname"_s, u"hostname"_s, u"Network activity"_s, true},
            {u"URL"_s, u"url"_s, u"Network activity"_s, true},
            {u"URI"_s, u"uri"_s, u"Network activity"_s, true},
            {u"email"_s, u"email-src"_s, u"Payload delivery"_s, true},
            {u"FileHash-MD5"_s, u"md5"_s, u"Payload delivery"_s, true},
            {u"FileHash-SHA1"_s, u"sha1"_s, u"Payload delivery"_s, true},
            {u"FileHash-SHA256"_s, u"sha256"_s, u"Payload delivery"_s, true},
            {u"FileHash-IMPHASH"_s, u"imphash"_s, u"Payload delivery"_s, true},
            {u"FileHash-PEHASH"_s, u"pehash"_s, u"Payload delivery"_s, true},
            {u"FilePath"_s, u"filename"_s, u"Artifacts dropped"_s, true},
            {u"Mutex"_s, u"mutex"_s, u"Artifacts dropped"_s, true},
            {u"CVE"_s, u"vulnerability"_s, u"External analysis"_s, false},
            {u"YARA"_s, u"yara"_s, u"Payload installation"_s, true},
            {u"BitcoinAddress"_s, u"btc"_s, u"Financial fraud"_s, true},
            {u"JA3"_s, u"ja3-fingerprint-md5"_s, u"Network activity"_s, true},
            {u"SSLCertFingerprint"_s, u"x509-fingerprint-sha1"_s, u"Network activity"_s, true},
    };
    return table;
}

std::optional<MispTypeMapping> mappingFor(const QString &otxType)
{
    for (const MispTypeMapping &m : typeTable()) {
        if (m.otxType == otxType) {
            return m;
        }
    }
    return std::nullopt;
}

QString normaliseValue(const QString &mispType, const QString &value)
{
    static const QSet<QString> lowerCase = {u"md5"_s,
                                            u"sha1"_s,
                                            u"sha224"_s,
                                            u"sha256"_s,
                                            u"sha384"_s,
                                            u"sha512"_s,
                                            u"imphash"_s,
                                            u"pehash"_s,
                                            u"ja3-fingerprint-md5"_s,
                                            u"email-src"_s,
                                            u"email-dst"_s,
                                            u"email"_s};
    QString v = value.trimmed();
    if (mispType == u"yara"_s) {
        return v; // rule text: MISP stores it as given
    }
    v = refang(mispType, v);
    if (mispType == u"domain"_s || mispType == u"hostname"_s) {
        return normaliseName(v);
    }
    if (mispType == u"ip-dst"_s || mispType == u"ip-src"_s) {
        return normaliseIp(v);
    }
    if (lowerCase.contains(mispType)) {
        return v.toLower();
    }
    if (mispType.startsWith(u"x509-fingerprint-"_s)) {
        return v.remove(u':').toLower();
    }
    if (mispType == u"vulnerability"_s) {
        return v.replace(QChar(0x2013), u'-').toUpper();
    }
    return v;
}

std::pair<QString, bool> tlpTag(const QString &pulseTlp, const MispEventSettings &settings)
{
    const QString tlp = pulseTlp.trimmed().toLower().remove(u"tlp:"_s).trimmed();
    if (tlp == u"white"_s || tlp == u"clear"_s) {
        return {settings.whiteTag, false};
    }
    if (tlp == u"green"_s || tlp == u"amber"_s || tlp == u"red"_s || tlp == u"amber+strict"_s) {
        return {u"tlp:"_s + tlp, false};
    }
    return {settings.defaultTlp, true};
}

QString cleanAttackId(const QString &text)
{
    static const QRegularExpression pattern(u"^T\\d{4}(\\.\\d{3})?$"_s);
    const QString id = text.trimmed().toUpper();
    return pattern.match(id).hasMatch() ? id : QString();
}

QString cleanText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(u"none"_s, Qt::CaseInsensitive) == 0
        || t.compare(u"null"_s, Qt::CaseInsensitive) == 0) {
        return {};
    }
    return t;
}

MispEventDraft buildEvent(const Pulse &pulse,
                          const MispEventSettings &settings,
                          const MispGalaxy &galaxy,
                          const MispTypeTable &serverTypes)
{
    MispEventDraft draft;
    draft.uuid = eventUuid(pulse.otxId);
    draft.info = cleanText(pulse.name);
    if (draft.info.isEmpty()) {
        draft.info = tr("OTX pulse %1").arg(pulse.otxId);
    }
    const qint64 createdMs = pulse.createdMs.value_or(pulse.modifiedMs.value_or(0));
    draft.date = QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc())
                         .date()
                         .toString(Qt::ISODate);
    draft.distribution = settings.distribution;
    draft.threatLevel = settings.threatLevel;
    draft.analysis = settings.analysis;

    // Tags: exactly one TLP, then ATT&CK, adversary, source and the pulse's own tags, each
    // once whatever its case (MISP matches tag names case-insensitively).
    QSet<QString> seenTags;
    auto addTag = [&](const QString &tag) {
        const QString key = tag.toCaseFolded();
        if (!tag.isEmpty() && !seenTags.contains(key)) {
            seenTags.insert(key);
            draft.tags.append(tag);
        }
    };
    const auto [tlp, defaulted] = tlpTag(pulse.tlp, settings);
    draft.tlpTag = tlp;
    draft.tlpDefaulted = defaulted;
    addTag(tlp);
    for (const QString &raw : pulse.attackIds) {
        const QString id = cleanAttackId(raw);
        if (id.isEmpty()) {
            if (!raw.trimmed().isEmpty()) {
                draft.notes.append(tr("\"%1\" is not an ATT&CK id; no tag for it.").arg(raw));
            }
            continue;
        }
        const QString tag = galaxy.attackTag(id);
        if (tag.isEmpty()) {
            draft.notes.append(
                    tr("ATT&CK id %1 is not in the galaxy data; no tag for it.").arg(id));
            continue;
        }
        addTag(tag);
    }
    const QString adversary = cleanText(pulse.adversary);
    if (!adversary.isEmpty()) {
        const QString actor = galaxy.threatActor(adversary);
        addTag(actor.isEmpty() ? u"otx:adversary=\"%1\""_s.arg(adversary)
                               : u"misp-galaxy:threat-actor=\"%1\""_s.arg(actor));
    }
    addTag(settings.sourceTag.trimmed());
    if (settings.pulseTags) {
        for (const QString &tag : pulse.tags) {
            const QString t = cleanText(tag);
            // Another TLP among the pulse's tags would break the one-TLP rule.
            if (!t.isEmpty() && !t.startsWith(u"tlp:"_s, Qt::CaseInsensitive)) {
                addTag(t);
            }
        }
    }

    // Attributes: one per (MISP type, normalised value), so two spellings of one value never
    // reach MISP as a duplicate.
    QSet<QString> seenAttributes;
    auto addAttribute = [&](MispAttributeDraft a) {
        a.uuid = attributeUuid(pulse.otxId, a.type, a.value);
        if (seenAttributes.contains(a.uuid)) {
            return;
        }
        seenAttributes.insert(a.uuid);
        draft.attributes.append(std::move(a));
    };
    // TODO(misp): indicators OTX marks inactive (is_active 0) are exported like active ones,
    // with the type's to_ids; they could go with to_ids off, once analysts say which they want.
    for (const PulseIndicator &ind : pulse.indicators) {
        const std::optional<MispTypeMapping> mapping = mappingFor(ind.type);
        if (!mapping) {
            draft.skipped.append(
                    {ind.type,
                     ind.value,
                     ind.type == u"osquery"_s
                             ? tr("MISP has no attribute type for osquery "
                                  "queries.")
                             : tr("otxdesk does not know the OTX type \"%1\".").arg(ind.type)});
            continue;
        }
        if (!serverTypes.isEmpty()
            && (!serverTypes.hasType(mapping->mispType)
                || !serverTypes.allows(mapping->category, mapping->mispType))) {
            draft.skipped.append({ind.type,
                                  ind.value,
                                  tr("This MISP server does not know the type %1 in the "
                                     "category %2.")
                                          .arg(mapping->mispType, mapping->category)});
            continue;
        }
        const bool yara = mapping->mispType == u"yara"_s;
        const QString source = yara ? cleanText(ind.content) : ind.value;
        if (yara && source.isEmpty()) {
            draft.skipped.append({ind.type, ind.value, tr("The YARA indicator has no rule text.")});
            continue;
        }
        MispAttributeDraft a;
        a.type = mapping->mispType;
        a.category = mapping->category;
        a.toIds = mapping->toIds;
        a.value = normaliseValue(a.type, source);
        if (a.value.isEmpty()) {
            draft.skipped.append({ind.type, ind.value, tr("The value is empty.")});
            continue;
        }
        const QString description = cleanText(ind.description);
        a.comment = description.isEmpty() ? cleanText(ind.title) : description;
        a.otxType = ind.type;
        a.otxValue = ind.value;
        addAttribute(std::move(a));
    }
    for (const QString &reference : pulse.references) {
        const QString text = cleanText(reference);
        if (text.isEmpty()) {
            continue;
        }
        // MISP takes only URLs as links (FILTER_VALIDATE_URL); a reference such as a report's
        // file name goes in as text, so that nothing is refused.
        const QUrl url(text, QUrl::StrictMode);
        const bool isUrl = url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()
                           && !text.contains(u' ');
        MispAttributeDraft a;
        a.type = isUrl ? u"link"_s : u"text"_s;
        a.category = LINK_CATEGORY;
        a.toIds = false;
        a.value = isUrl ? normaliseValue(a.type, text) : text;
        addAttribute(std::move(a));
    }
    const QString description = cleanText(pulse.description);
    if (!description.isEmpty()) {
        MispAttributeDraft a;
        a.type = u"comment"_s;
        a.category = LINK_CATEGORY;
        a.toIds = false;
        a.value = description;
        addAttribute(std::move(a));
    }
    return draft;
}

QJsonObject attributeJson(const MispAttributeDraft &a)
{
    QJsonObject o{{u"uuid"_s, a.uuid},
                  {u"type"_s, a.type},
                  {u"category"_s, a.category},
                  {u"value"_s, a.value},
                  {u"to_ids"_s, a.toIds},
                  {u"distribution"_s, u"5"_s}};
    if (!a.comment.isEmpty()) {
        o.insert(u"comment"_s, a.comment);
    }
    return o;
}

QJsonObject eventJson(const MispEventDraft &draft, int attributeCount)
{
    QJsonArray tags;
    for (const QString &tag : draft.tags) {
        tags.append(QJsonObject{{u"name"_s, tag}});
    }
    QJsonArray attributes;
    const int n = std::min<int>(attributeCount, static_cast<int>(draft.attributes.size()));
    for (int i = 0; i < n; ++i) {
        attributes.append(attributeJson(draft.attributes.at(i)));
    }
    QJsonObject event{{u"uuid"_s, draft.uuid},
                      {u"info"_s, draft.info},
                      {u"date"_s, draft.date},
                      {u"distribution"_s, QString::number(draft.distribution)},
                      {u"threat_level_id"_s, QString::number(draft.threatLevel)},
                      {u"analysis"_s, QString::number(draft.analysis)},
                      {u"published"_s, false},
                      {u"Tag"_s, tags},
                      {u"Attribute"_s, attributes}};
    return QJsonObject{{u"Event"_s, event}};
}

} // namespace MispMapping
