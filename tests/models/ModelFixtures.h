#pragma once

// Hand-made pulses for the item-model tests, written through PulseStore::writePage, and the
// filter semantics spelled out in C++ so that tests compute what the SQL must return.

#include "models/IndicatorNormalizer.h"
#include "models/PulseFilter.h"
#include "models/PulseStore.h"

#include <QStringList>

#include <algorithm>

namespace ModelFixtures {

inline const qint64 BASE_MS = 1704067200000; // 2024-01-01T00:00:00Z
inline const qint64 HOUR_MS = 3600 * 1000;

inline QString otxId(int i)
{
    return QStringLiteral("%1").arg(i + 0x6500000, 24, 16, QLatin1Char('0'));
}

inline PulseIndicator indicator(const QString &type, const QString &value, qint64 id)
{
    PulseIndicator ind;
    ind.type = type;
    ind.value = value;
    ind.otxId = id;
    ind.title = id % 2 == 0 ? QStringLiteral("Title %1").arg(id) : QString();
    ind.role = id % 3 == 0 ? QStringLiteral("command_and_control") : QString();
    ind.createdMs = BASE_MS + id * 1000;
    if (id % 4 == 0) {
        ind.expirationMs = BASE_MS + 365LL * 24 * HOUR_MS;
    }
    ind.isActive = id % 5 != 0;
    return ind;
}

/// Pulse `i` of `count`: every filterable field varies with i, a few fields are null, and the
/// `modified` times are a permutation so that sorting by them differs from insertion order.
inline Pulse pulse(int i, int count)
{
    static const QStringList words = {QStringLiteral("Phishing wave"),
                                      QStringLiteral("emotet loader"),
                                      QStringLiteral("APT report"),
                                      QStringLiteral("Ransomware NOTES"),
                                      QStringLiteral("100% crypto scam")};
    static const QStringList authors = {QStringLiteral("AlienVault"),
                                        QStringLiteral("analyst-1"),
                                        QString(),
                                        QStringLiteral("Zed")};
    static const QStringList tlps = {QStringLiteral("white"),
                                     QStringLiteral("green"),
                                     QStringLiteral("amber"),
                                     QStringLiteral("red"),
                                     QString()};
    Pulse p;
    p.otxId = otxId(i);
    p.name =
            QStringLiteral("%1 %2").arg(words.at(i % words.size())).arg(i, 4, 10, QLatin1Char('0'));
    if (i % 7 != 0) {
        p.description = QStringLiteral("Description of pulse %1 about %2.")
                                .arg(i)
                                .arg(i % 11 == 0 ? QStringLiteral("Cobalt Strike beacons")
                                                 : QStringLiteral("nothing special"));
    }
    p.author = authors.at(i % authors.size());
    p.createdMs = BASE_MS;
    if (i % 50 != 49) {
        p.modifiedMs = BASE_MS + static_cast<qint64>((i * 7919) % count) * HOUR_MS;
    }
    p.revision = 1;
    p.tlp = tlps.at(i % tlps.size());
    p.adversary = i % 3 == 0   ? QStringLiteral("APT28")
                  : i % 3 == 1 ? QStringLiteral("Lazarus Group")
                               : QString();
    p.targetedCountries = {QStringLiteral("Germany")};
    p.industries = {QStringLiteral("Finance")};
    switch (i % 4) {
    case 0:
        p.malwareFamilies = {QStringLiteral("Emotet")};
        break;
    case 1:
        p.malwareFamilies = {QStringLiteral("Cobalt Strike"), QStringLiteral("TrickBot")};
        break;
    default:
        break;
    }
    switch (i % 5) {
    case 0:
        p.attackIds = {QStringLiteral("T1566.001"), QStringLiteral("T1059")};
        break;
    case 1:
        p.attackIds = {QStringLiteral("T1566")};
        break;
    case 2:
        p.attackIds = {QStringLiteral("T1071")};
        break;
    default:
        break;
    }
    switch (i % 6) {
    case 0:
        p.tags = {QStringLiteral("phishing")};
        break;
    case 1:
        p.tags = {QStringLiteral("phishing-kit"), QStringLiteral("apt")};
        break;
    case 2:
        p.tags = {QStringLiteral("APT"), QStringLiteral("Ransomware")};
        break;
    default:
        break;
    }
    p.references = {QStringLiteral("https://example.com/report/%1").arg(i),
                    QStringLiteral("not a link %1").arg(i)};
    const qint64 base = static_cast<qint64>(i) * 10;
    p.indicators << indicator(QStringLiteral("IPv4"),
                              QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256),
                              base + 1)
                 << indicator(QStringLiteral("domain"),
                              QStringLiteral("host%1.example.com").arg(i),
                              base + 2);
    if (i % 10 == 0) {
        p.indicators << indicator(QStringLiteral("domain"),
                                  QStringLiteral("shared.evil.com"),
                                  base + 3);
    }
    if (i % 3 == 0) {
        // Sent in upper case; stored normalised in lower case, shown as sent.
        p.indicators << indicator(QStringLiteral("FileHash-MD5"),
                                  QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toUpper(),
                                  base + 4);
    }
    p.rawJson = "{}";
    return p;
}

inline QList<Pulse> pulses(int count)
{
    QList<Pulse> out;
    for (int i = 0; i < count; ++i) {
        out << pulse(i, count);
    }
    return out;
}

/// Writes `pulses` in pages of 100 under one completed run; false (with a QWARN) on failure.
inline bool writeAll(PulseStore &store, const QList<Pulse> &pulses)
{
    const auto run = store.startRun(QStringLiteral("full"), {}, QStringLiteral("test-key"), {});
    if (!run) {
        qWarning("%s", qPrintable(run.error().text()));
        return false;
    }
    for (qsizetype first = 0; first < pulses.size(); first += 100) {
        const auto written = store.writePage(pulses.mid(first, 100), run.value());
        if (!written) {
            qWarning("%s", qPrintable(written.error().text()));
            return false;
        }
    }
    return bool(store.finishRun(run.value(), SyncStatus::Completed, {}));
}

inline bool containsCi(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

/// What PulseFilter means, in C++ (ASCII data: SQLite's LOWER folds ASCII only).
inline bool matches(const Pulse &p, const PulseFilter &f)
{
    if (const QString t = f.text.trimmed(); !t.isEmpty()) {
        bool any = p.otxId == t.toLower() || containsCi(p.name, t) || containsCi(p.description, t)
                   || std::any_of(p.tags.cbegin(), p.tags.cend(), [&](const QString &tag) {
                          return containsCi(tag, t);
                      });
        for (const PulseIndicator &ind : p.indicators) {
            const QString value = IndicatorNormalizer::normalize(ind.type, ind.value);
            for (const QString &c : {t, t.toLower()}) {
                any = any || value == c || (c.size() >= 4 && value.startsWith(c));
            }
        }
        if (!any) {
            return false;
        }
    }
    if (!f.tlp.isEmpty() && p.tlp.compare(f.tlp, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (!f.adversary.isEmpty() && !containsCi(p.adversary, f.adversary.trimmed())) {
        return false;
    }
    auto anyOf = [](const QStringList &list, auto predicate) {
        return std::any_of(list.cbegin(), list.cend(), predicate);
    };
    if (!f.malwareFamily.isEmpty() && !anyOf(p.malwareFamilies, [&](const QString &m) {
            return containsCi(m, f.malwareFamily);
        })) {
        return false;
    }
    if (!f.attackId.isEmpty() && !anyOf(p.attackIds, [&](const QString &a) {
            return a.startsWith(f.attackId, Qt::CaseInsensitive);
        })) {
        return false;
    }
    if (!f.tag.isEmpty() && !anyOf(p.tags, [&](const QString &tag) {
            return tag.compare(f.tag, Qt::CaseInsensitive) == 0;
        })) {
        return false;
    }
    if (f.modifiedFromMs && (!p.modifiedMs || *p.modifiedMs < *f.modifiedFromMs)) {
        return false;
    }
    if (f.modifiedToMs && (!p.modifiedMs || *p.modifiedMs > *f.modifiedToMs)) {
        return false;
    }
    return true;
}

} // namespace ModelFixtures
