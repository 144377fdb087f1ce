#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

// Views a person saved under a name, kept in QSettings as links (ViewLink): a link names records
// by their ids and slugs, so a saved view survives a new build of the report database, and
// one that no longer fits the report is refused with a message when opened, like any link.
class SavedViews : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maximumNameLength = 100;

    explicit SavedViews(QObject *parent = nullptr);

    QStringList names() const; // in the order saved
    QString link(const QString &name) const;

    // Each returns false and says why in *error (for a dialog) when the name is unusable.
    // Saving under a name in use replaces that view.
    bool save(const QString &name, const QString &link, QString *error);
    bool rename(const QString &name, const QString &newName, QString *error);
    void remove(const QString &name);

signals:
    void changed();

private:
    struct Entry
    {
        QString name;
        QString link;
    };
    QList<Entry> read() const;
    void write(const QList<Entry> &entries);
    static bool validName(const QString &name, QString *error);
};
