#include "savedviews.h"

#include "viewlink.h"

#include <QSettings>

namespace {
const QString group = QStringLiteral("savedViews");
const QString nameKey = QStringLiteral("name");
const QString linkKey = QStringLiteral("link");
} // namespace

SavedViews::SavedViews(QObject *parent)
    : QObject(parent)
{
}

QList<SavedViews::Entry> SavedViews::read() const
{
    QSettings settings;
    QList<Entry> entries;
    const int count = settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Entry entry{settings.value(nameKey).toString(), settings.value(linkKey).toString()};
        // A settings file edited by hand is read like any other input.
        QString ignored;
        if (validName(entry.name, &ignored) && ViewLink::looksLikeLink(entry.link))
            entries.append(entry);
    }
    settings.endArray();
    return entries;
}

void SavedViews::write(const QList<Entry> &entries)
{
    QSettings settings;
    settings.remove(group);
    settings.beginWriteArray(group, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(nameKey, entries.at(i).name);
        settings.setValue(linkKey, entries.at(i).link);
    }
    settings.endArray();
    emit changed();
}

bool SavedViews::validName(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = tr("A saved view needs a name.");
        return false;
    }
    if (name.size() > maximumNameLength || name != name.trimmed()) {
        *error = tr("A view's name has at most %1 characters and no spaces at either end.").arg(maximumNameLength);
        return false;
    }
    return true;
}

QStringList SavedViews::names() const
{
    QStringList names;
    for (const Entry &entry : read())
        names << entry.name;
    return names;
}

QString SavedViews::link(const QString &name) const
{
    for (const Entry &entry : read()) {
        if (entry.name == name)
            return entry.link;
    }
    return {};
}

bool SavedViews::save(const QString &name, const QString &link, QString *error)
{
    if (!validName(name, error))
        return false;
    QList<Entry> entries = read();
    const auto named = std::find_if(entries.begin(), entries.end(), [&name](const Entry &e) { return e.name == name; });
    if (named != entries.end())
        named->link = link;
    else
        entries.append({name, link});
    write(entries);
    return true;
}

bool SavedViews::rename(const QString &name, const QString &newName, QString *error)
{
    if (!validName(newName, error))
        return false;
    QList<Entry> entries = read();
    if (newName != name
        && std::any_of(entries.cbegin(), entries.cend(), [&newName](const Entry &e) { return e.name == newName; })) {
        *error = tr("A view named “%1” exists already.").arg(newName);
        return false;
    }
    for (Entry &entry : entries) {
        if (entry.name == name)
            entry.name = newName;
    }
    write(entries);
    return true;
}

void SavedViews::remove(const QString &name)
{
    QList<Entry> entries = read();
    entries.removeIf([&name](const Entry &entry) { return entry.name == name; });
    write(entries);
}
