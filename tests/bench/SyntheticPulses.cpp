#include "tests/bench/SyntheticPulses.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// splitmix64: a small, fast, well-mixed deterministic sequence.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString hex(quint64 a, quint64 b, int length)
{
    QString out = QString::number(a, 16).rightJustified(16, u'0')
                  + QString::number(b, 16).rightJustified(16, u'0');
    while (out.size() < length) {
        out += QString::number(mix(a + static_cast<quint64>(out.size())), 16)
                       .rightJustified(16, u'0');
    }
    return out.left(length);
}

const QStringList TYPES = {u"IPv4"_s,
                           u"domain"_s,
                           u"hostname"_s,
                           u"URL"_s,
                           u"FileHash-SHA256"_s,
                           u"FileHash-MD5"_s,
                           u"FileHash-SHA1"_s,
                           u"email"_s,
                           u"CVE"_s};

QString value(const QString &type, quint64 seed)
{
    const quint64 r = mix(seed);
    if (type == u"IPv4"_s) {
        return u"%1.%2.%3.%4"_s.arg(10 + r % 200)
                .arg((r >> 8) % 256)
                .arg((r >> 16) % 256)
                .arg((r >> 24) % 256);
    }
    if (type == u"domain"_s) {
        return u"%1.example"_s.arg(hex(r, 0, 12));
    }
    if (type == u"hostname"_s) {
        return u"mail.%1.example.net"_s.arg(hex(r, 1, 10));
    }
    if (type == u"URL"_s) {
        return u"http://%1.example/path/%2.php"_s.arg(hex(r, 2, 10), hex(mix(r), 3, 8));
    }
    if (type == u"FileHash-SHA256"_s) {
        return hex(r, mix(r), 64);
    }
    if (type == u"FileHash-MD5"_s) {
        return hex(r, mix(r), 32);
    }
    if (type == u"FileHash-SHA1"_s) {
        return hex(r, mix(r), 40);
    }
    if (type == u"email"_s) {
        return u"user%1@%2.example"_s.arg(r % 100000).arg(hex(r, 4, 8));
    }
    return u"CVE-%1-%2"_s.arg(2014 + r % 12).arg(1000 + (r >> 8) % 50000);
}

QString naiveUtc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz000"_s);
}

} // namespace

namespace SyntheticPulses {

QString pulseId(int index)
{
    return u"65%1"_s.arg(static_cast<uint>(index), 22, 16, QChar(u'0'));
}

QJsonObject pulse(int index, int indicatorsPerPulse)
{
    // Pulse i was modified i minutes after a fixed instant, so the feed has a stable order.
    const qint64 base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 modified = base + qint64(index) * 60000 + 123;
    QJsonArray indicators;
    for (int j = 0; j < indicatorsPerPulse; ++j) {
        // One in ten shares its seed with the previous pulse's indicator j.
        const int owner = (j % 10 == 0 && index > 0) ? index - 1 : index;
        const quint64 seed = (quint64(owner) << 32) | quint64(j);
        const QString type = TYPES[static_cast<qsizetype>(mix(seed) % TYPES.size())];
        indicators.append(QJsonObject{
                {u"id"_s, double(4000000000LL + qint64(index) * 100000 + j)},
                {u"indicator"_s, value(type, seed)},
                {u"type"_s, type},
                {u"created"_s, naiveUtc(modified - 3600000).left(19)},
                {u"content"_s, u""_s},
                {u"title"_s, j % 7 == 0 ? u"Synthetic title %1"_s.arg(j) : u""_s},
                {u"description"_s, u""_s},
                {u"expiration"_s,
                 type == u"IPv4"_s ? QJsonValue(naiveUtc(modified + 30LL * 86400000).left(19))
                                   : QJsonValue(QJsonValue::Null)},
                {u"is_active"_s, 1},
                {u"role"_s, QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject{
            {u"id"_s, pulseId(index)},
            {u"name"_s, u"Synthetic campaign %1"_s.arg(index)},
            {u"description"_s, u"Generated pulse %1 for the otxdesk benchmark."_s.arg(index)},
            {u"author_name"_s, u"otx-user-%1"_s.arg(index % 50, 3, 10, QChar(u'0'))},
            {u"modified"_s, naiveUtc(modified)},
            {u"created"_s, naiveUtc(modified - 86400000)},
            {u"revision"_s, 1 + index % 3},
            {u"tlp"_s, QStringList{u"white"_s, u"green"_s, u"amber"_s}[index % 3]},
            {u"public"_s, 1},
            {u"adversary"_s, index % 5 == 0 ? u"APT %1"_s.arg(index % 40) : u""_s},
            {u"targeted_countries"_s, QJsonArray{u"United States of America"_s}},
            {u"malware_families"_s, QJsonArray{u"Family %1"_s.arg(index % 60)}},
            {u"attack_ids"_s, QJsonArray{u"T1%1"_s.arg(index % 600, 3, 10, QChar(u'0'))}},
            {u"industries"_s, QJsonArray{u"Finance"_s}},
            {u"tags"_s, QJsonArray{u"synthetic"_s, u"tag%1"_s.arg(index % 100)}},
            {u"references"_s, QJsonArray{u"https://blog.example/post-%1"_s.arg(index)}},
            {u"indicators"_s, indicators},
            {u"extract_source"_s, QJsonArray{}},
            {u"more_indicators"_s, false},
    };
}

} // namespace SyntheticPulses
