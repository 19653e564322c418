#pragma once

// The translation catalogue as the .ts file has it, read without Qt's own tools, so that tests
// can tell what each visible string should read in another language.

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace Catalogue {

using namespace Qt::StringLiterals;

/// A message of the translation catalogue, read straight from the .ts file.
struct Message
{
    QString source;
    QStringList translations; ///< empty when unfinished
};

inline QList<Message> read(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message"_s) {
            current = Message();
        } else if (xml.isStartElement() && xml.name() == u"source"_s) {
            current.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            QStringList forms;
            QString text;
            while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"translation"_s)) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
                    forms.append(xml.readElementText());
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (type == u"vanished"_s || type == u"obsolete"_s) {
                current.source.clear(); // no longer in the code
            } else if (type != u"unfinished"_s) {
                current.translations = forms.isEmpty() ? QStringList{text} : forms;
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s && !current.source.isEmpty()) {
            messages.append(current);
        }
    }
    return messages;
}

/// The translation of `source` (its first form), or an empty string.
inline QString translationOf(const QList<Message> &messages, const QString &source)
{
    for (const Message &m : messages) {
        if (m.source == source && !m.translations.isEmpty()) {
            return m.translations.first();
        }
    }
    return {};
}

} // namespace Catalogue
