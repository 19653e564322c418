#pragma once

#include "models/Pulse.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

/// How otxdesk writes pulses as MISP events: the OTX→MISP type table, value normalisation,
/// deterministic uuids and tags. Pure functions; no network, no database.

/// One row of the OTX→MISP type table.
struct MispTypeMapping
{
    QString otxType;
    QString mispType;
    QString category;
    bool toIds = true;
};

/// What a MISP server says it knows (`/attributes/describeTypes`): types and the categories
/// each may take. An empty table knows nothing and checks nothing.
class MispTypeTable
{
public:
    /// From the describeTypes answer, `{"result": {...}}` or the bare inner object.
    static Result<MispTypeTable> fromJson(const QJsonObject &json);

    bool isEmpty() const { return m_types.isEmpty(); }
    bool hasType(const QString &type) const { return m_types.contains(type); }
    bool allows(const QString &category, const QString &type) const;
    /// The type's `sane_defaults` entry; nothing for an unknown type.
    std::optional<std::pair<QString, bool>> defaults(const QString &type) const;

private:
    QSet<QString> m_types;
    QHash<QString, QSet<QString>> m_typesByCategory;
    QHash<QString, std::pair<QString, bool>> m_defaults;
};

/// ATT&CK patterns and threat actors from misp-galaxy, to write galaxy tags. Loads either
/// misp-galaxy's own cluster files (`clusters/mitre-attack-pattern.json`,
/// `clusters/threat-actor.json`) or the compact index files otxdesk's fixtures use
/// (`mitre-attack-pattern-index.json`, `threat-actor-index.json`) from one folder.
class MispGalaxy
{
    Q_DECLARE_TR_FUNCTIONS(MispGalaxy)

public:
    /// Reads whichever of the four files the folder holds. An empty folder path gives an
    /// empty galaxy; a folder with none of the files is an error that names them.
    static Result<MispGalaxy> load(const QString &folder);

    int attackPatternCount() const { return static_cast<int>(m_attack.size()); }
    int threatActorCount() const { return static_cast<int>(m_actorByName.size()); }
    QString folder() const { return m_folder; }

    /// The galaxy tag for an ATT&CK id such as "T1566.001" (already trimmed and upper-cased).
    QString attackTag(const QString &attackId) const { return m_attack.value(attackId); }
    /// The cluster value of a threat actor known by that name or a synonym (any case).
    QString threatActor(const QString &name) const
    {
        return m_actorByName.value(name.trimmed().toCaseFolded());
    }

    /// For tests and the index format: adds entries directly.
    void addAttackPattern(const QString &attackId, const QString &clusterValue);
    void addThreatActor(const QString &clusterValue, const QStringList &synonyms);

private:
    QString m_folder;
    QHash<QString, QString> m_attack;      ///< "T1566.001" -> full tag name
    QHash<QString, QString> m_actorByName; ///< case-folded name or synonym -> cluster value
};

/// The analyst's choices for events (Settings, MISP export).
struct MispEventSettings
{
    int distribution = 0; ///< 0 your organisation only, 1 community, 2 connected, 3 all
    int threatLevel = 4;  ///< 1 high, 2 medium, 3 low, 4 undefined
    int analysis = 2;     ///< 0 initial, 1 ongoing, 2 completed
    QString whiteTag = QStringLiteral("tlp:clear");   ///< "tlp:white" or "tlp:clear"
    QString defaultTlp = QStringLiteral("tlp:amber"); ///< for pulses without a TLP
    bool pulseTags = true;                            ///< the pulse's own tags as plain tags
    QString sourceTag = QStringLiteral("osint:source-type=\"automatic-collection\"");
};

/// One attribute as it will be sent.
struct MispAttributeDraft
{
    QString uuid;
    QString type;
    QString category;
    QString value; ///< normalised the way MISP would store it
    QString comment;
    bool toIds = true;
    QString otxType; ///< empty for the link and comment attributes
    QString otxValue;
};

/// An indicator that is not sent, and why (translated).
struct MispSkippedIndicator
{
    QString otxType;
    QString value;
    QString reason;
};

/// A pulse as a MISP event, before it is sent.
struct MispEventDraft
{
    QString uuid;
    QString info;
    QString date; ///< YYYY-MM-DD (UTC) of the pulse's creation
    int distribution = 0;
    int threatLevel = 4;
    int analysis = 2;
    QStringList tags; ///< TLP first, then ATT&CK, adversary, source, pulse tags
    QString tlpTag;
    bool tlpDefaulted = false;
    QList<MispAttributeDraft> attributes;
    QList<MispSkippedIndicator> skipped;
    QStringList notes; ///< things the analyst should know (unknown ATT&CK ids, ...)
};

namespace MispMapping {

/// `d698a2df-c3d4-5dcd-9971-515b663f3981`.
QUuid uuidNamespace();
/// UUIDv5 of "pulse:<OTX id>", lower case, without braces.
QString eventUuid(const QString &otxPulseId);
/// UUIDv5 of "attribute:<OTX id>:<MISP type>:<normalised value>".
QString attributeUuid(const QString &otxPulseId,
                      const QString &mispType,
                      const QString &normalisedValue);

/// The whole OTX→MISP type table, one row per OTX type otxdesk exports.
const QList<MispTypeMapping> &typeTable();
/// The row for an OTX type (exact spelling as OTX sends it); nothing for osquery and types
/// otxdesk does not know.
std::optional<MispTypeMapping> mappingFor(const QString &otxType);

/// The value as MISP would store it: trimmed, refanged, hashes, domains, hostnames and
/// e-mail addresses lower-cased, IDN names in punycode, IPv6 compressed, CVE ids upper-cased.
/// URLs keep their text (MISP does not rewrite them).
QString normaliseValue(const QString &mispType, const QString &value);

/// The one TLP tag for a pulse's `tlp` (any case): the tag, and whether it is the default.
std::pair<QString, bool> tlpTag(const QString &pulseTlp, const MispEventSettings &settings);

/// "T1566.001" from " t1566.001 "; empty when the text is not an ATT&CK id.
QString cleanAttackId(const QString &text);

/// Text fit to send: trimmed, empty for nothing, "None" or "null".
QString cleanText(const QString &text);

/// The event for a pulse. `serverTypes` (may be empty) drops types the server does not know.
MispEventDraft buildEvent(const Pulse &pulse,
                          const MispEventSettings &settings,
                          const MispGalaxy &galaxy,
                          const MispTypeTable &serverTypes);

/// `{"uuid", "type", "category", "value", "to_ids", "comment"?, "distribution": "5"}`.
QJsonObject attributeJson(const MispAttributeDraft &attribute);
/// `{"Event": {...}}` for /events/add with the first `attributeCount` attributes.
QJsonObject eventJson(const MispEventDraft &draft, int attributeCount);

} // namespace MispMapping
