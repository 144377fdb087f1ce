#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The names readers use for the report's bodies, programmes and documents
// (resources/report/aliases.tsv): short forms, abbreviations, English and former names, which
// name the same body, and predecessors, which name the body another one replaced. Forms are
// compared after NFKC and case folding, so MIIT, miit and ＭＩＩＴ are one form.
class AliasTable
{
public:
    enum class Evidence { Report, Official };
    struct Form
    {
        QString text;
        QString kind; // full, short, abbreviation, english, former or predecessor
        QString body; // the name the report uses for the body the form names
        Evidence evidence = Evidence::Report;
        QString note; // where an official form is documented
        int line = 0;
    };
    // One body replaced another: the report's names of both, and the year of the change.
    struct Succession
    {
        QString predecessor;
        QString successor;
        QString until;
        bool operator==(const Succession &other) const
        {
            return predecessor == other.predecessor && successor == other.successor && until == other.until;
        }
    };

    // Refuses, naming the line, a malformed line, a self-alias, an alias cycle, a form given to
    // two bodies, a predecessor that is the same body as its successor, and a predecessor loop.
    static std::optional<AliasTable> parse(const QByteArray &tsv, const QString &tableName, QString *error);
    // The table built into the explorer (checked when it was built); empty if it is missing.
    static const AliasTable &builtIn();

    const QList<Form> &forms() const { return m_forms; }
    // Every form of the body form names, the report's name of it first; empty for a form the
    // table does not know.
    QStringList equalForms(QStringView form) const;
    // The first English form of a body, or an empty string.
    QString englishName(const QString &body) const;
    // The successions in which a body named (by any of its forms) in text took part.
    QList<Succession> successionsNamedIn(QStringView text) const;

    // How forms are compared: NFKC, case folded, runs of white space as one space.
    static QString key(QStringView form);

private:
    QList<Form> m_forms;
    QHash<QString, QString> m_bodyByKey; // every form, and every body's own name, to its body
    QHash<QString, QStringList> m_formsByBody;
    QList<Succession> m_successions;
};
