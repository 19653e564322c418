#include "services/OtxParser.h"

#include "models/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// A string field that may be missing, null, or (in old captures) another JSON type.
QString text(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 17);
    }
    return {};
}

// Null for missing, null and blank: "None"/"null" never enter the store.
QString nullableText(const QJsonObject &o, QLatin1StringView key)
{
    const QString s = text(o, key);
    return s.trimmed().isEmpty() ? QString() : s;
}

QStringList stringList(const QJsonObject &o, QLatin1StringView key)
{
    QStringList out;
    const QJsonArray array = o.value(key).toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        // Summaries and search results may hold objects where feeds hold plain strings.
        QString s = v.toString();
        if (v.isObject()) {
            const QJsonObject obj = v.toObject();
            for (const QString &field : {u"id"_s, u"display_name"_s, u"name"_s}) {
                if (obj.value(field).isString()) {
                    s = obj.value(field).toString();
                    break;
                }
            }
        }
        if (!s.trimmed().isEmpty()) {
            out.append(s);
        }
    }
    return out;
}

std::optional<qint64> timestamp(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        return std::nullopt;
    }
    return Timestamps::parseUtcMs(v.toString());
}

std::optional<bool> flag(const QJsonValue &v)
{
    if (v.isBool()) {
        return v.toBool();
    }
    if (v.isDouble()) {
        return v.toDouble() != 0;
    }
    if (v.isString()) {
        const QString s = v.toString().toLower();
        if (s == u"true"_s || s == u"1"_s) {
            return true;
        }
        if (s == u"false"_s || s == u"0"_s) {
            return false;
        }
    }
    return std::nullopt;
}

} // namespace

namespace OtxParser {

PulseIndicator parseIndicator(const QJsonObject &o)
{
    PulseIndicator ind;
    ind.type = text(o, "type"_L1);
    ind.value = text(o, "indicator"_L1);
    const QJsonValue id = o.value("id"_L1);
    if (id.isDouble()) {
        ind.otxId = static_cast<qint64>(id.toDouble());
    } else if (id.isString()) {
        bool ok = false;
        const qint64 n = id.toString().toLongLong(&ok);
        if (ok) {
            ind.otxId = n;
        } else {
            ind.legacyId = id.toString();
        }
    }
    if (!ind.otxId && ind.legacyId.isEmpty()) {
        const QJsonValue legacy = o.value("_id"_L1);
        if (legacy.isString()) {
            ind.legacyId = legacy.toString();
        } else if (legacy.isDouble()) {
            ind.otxId = static_cast<qint64>(legacy.toDouble());
        }
    }
    ind.title = nullableText(o, "title"_L1);
    ind.description = nullableText(o, "description"_L1);
    ind.role = nullableText(o, "role"_L1);
    ind.content = nullableText(o, "content"_L1);
    ind.createdMs = timestamp(o, "created"_L1);
    ind.expirationMs = timestamp(o, "expiration"_L1);
    ind.isActive = flag(o.value("is_active"_L1)).value_or(true);
    return ind;
}

QList<PulseIndicator> parseIndicators(const QJsonArray &array)
{
    QList<PulseIndicator> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isObject()) {
            PulseIndicator ind = parseIndicator(v.toObject());
            if (!ind.type.isEmpty() && !ind.value.trimmed().isEmpty()) {
                out.append(std::move(ind));
            }
        }
    }
    return out;
}

Result<Pulse> parsePulse(const QJsonObject &o)
{
    Pulse p;
    p.otxId = text(o, "id"_L1);
    if (p.otxId.isEmpty()) {
        p.otxId = text(o, "_id"_L1);
    }
    if (p.otxId.isEmpty()) {
        return Error{QCoreApplication::translate("OtxParser", "OTX sent a pulse without an id."),
                     text(o, "name"_L1),
                     u"otx.malformed"_s};
    }
    p.name = text(o, "name"_L1);
    p.description = nullableText(o, "description"_L1);
    p.author = nullableText(o, "author_name"_L1);
    if (p.author.isEmpty()) {
        p.author = nullableText(o.value("author"_L1).toObject(), "username"_L1);
    }
    p.createdMs = timestamp(o, "created"_L1);
    p.modifiedMs = timestamp(o, "modified"_L1);
    p.revision = static_cast<int>(o.value("revision"_L1).toDouble(0));
    QString tlp = text(o, "tlp"_L1);
    if (tlp.isEmpty()) {
        tlp = text(o, "TLP"_L1);
    }
    p.tlp = tlp.trimmed().toLower();
    p.isPublic = flag(o.value("public"_L1));
    p.adversary = nullableText(o, "adversary"_L1);
    p.targetedCountries = stringList(o, "targeted_countries"_L1);
    p.industries = stringList(o, "industries"_L1);
    p.malwareFamilies = stringList(o, "malware_families"_L1);
    p.attackIds = stringList(o, "attack_ids"_L1);
    p.tags = stringList(o, "tags"_L1);
    p.references = stringList(o, "references"_L1);
    p.indicators = parseIndicators(o.value("indicators"_L1).toArray());
    if (o.value("indicator_count"_L1).isDouble()) {
        p.declaredIndicatorCount = o.value("indicator_count"_L1).toInt();
    }
    p.moreIndicators = flag(o.value("more_indicators"_L1)).value_or(false);
    p.rawJson = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return p;
}

bool needsIndicatorCompletion(const Pulse &pulse)
{
    return pulse.moreIndicators
           || (pulse.declaredIndicatorCount >= 0
               && pulse.declaredIndicatorCount > pulse.indicators.size());
}

} // namespace OtxParser
