#include "aliastable.h"

#include <QFile>
#include <QSet>

namespace {

const QStringList equalKinds = {QStringLiteral("full"), QStringLiteral("short"), QStringLiteral("abbreviation"),
                                QStringLiteral("english"), QStringLiteral("former")};
const QString predecessorKind = QStringLiteral("predecessor");

} // namespace

QString AliasTable::key(QStringView form)
{
    return form.toString().normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

std::optional<AliasTable> AliasTable::parse(const QByteArray &tsv, const QString &tableName, QString *error)
{
    auto fail = [&](int line, const QString &message) {
        if (error)
            *error = QStringLiteral("%1, line %2: %3").arg(tableName).arg(line).arg(message);
        return std::nullopt;
    };
    AliasTable table;
    // Each equal form points at the name it was given as the same as; a chain of them ends at
    // a body's own name, and a chain that comes back to where it began is a cycle.
    QHash<QString, QString> sameAs;
    QHash<QString, int> lineOfKey;
    struct PendingSuccession
    {
        QString predecessor;
        QString successor;
        QString until;
        int line;
    };
    QList<PendingSuccession> successions;
    const QString text = QString::fromUtf8(tsv);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#') || line.startsWith(u"form\t"))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 4)
            return fail(lineNumber, QStringLiteral("expected “form<TAB>kind<TAB>of<TAB>evidence”"));
        Form form{fields.at(0).trimmed().toString(),
                  fields.at(1).trimmed().toString(),
                  fields.at(2).trimmed().toString(),
                  Evidence::Report,
                  fields.size() > 5 ? fields.at(5).trimmed().toString() : QString(),
                  lineNumber};
        const QStringView evidence = fields.at(3).trimmed();
        const QString until = fields.size() > 4 ? fields.at(4).trimmed().toString() : QString();
        if (form.text.isEmpty() || form.body.isEmpty())
            return fail(lineNumber, QStringLiteral("a form and the name it belongs to are both needed"));
        if (evidence == u"official" && !form.note.isEmpty())
            form.evidence = Evidence::Official;
        else if (evidence == u"official")
            return fail(lineNumber, QStringLiteral("an official form needs a note saying where it is documented"));
        else if (evidence != u"report")
            return fail(lineNumber, QStringLiteral("evidence is “report” or “official”, not “%1”").arg(evidence));
        const QString formKey = key(form.text);
        const QString bodyKey = key(form.body);
        if (formKey == bodyKey)
            return fail(lineNumber, QStringLiteral("“%1” is given as an alias of itself").arg(form.text));
        if (lineOfKey.contains(formKey))
            return fail(
                lineNumber,
                QStringLiteral("“%1” is already listed on line %2").arg(form.text).arg(lineOfKey.value(formKey)));
        lineOfKey.insert(formKey, lineNumber);
        if (form.kind == predecessorKind) {
            if (until.isEmpty())
                return fail(lineNumber, QStringLiteral("a predecessor needs the year it was replaced"));
            successions.append({form.text, form.body, until, lineNumber});
        } else if (equalKinds.contains(form.kind)) {
            sameAs.insert(formKey, bodyKey);
        } else {
            return fail(lineNumber, QStringLiteral("unknown kind “%1”").arg(form.kind));
        }
        table.m_forms.append(form);
    }

    // The body of every key: follow sameAs to a name that is given as the same as nothing.
    QHash<QString, QString> bodyNameByKey;
    for (const Form &form : std::as_const(table.m_forms))
        bodyNameByKey.insert(key(form.body), form.body);
    QHash<QString, QString> textOfKey = bodyNameByKey;
    for (const Form &form : std::as_const(table.m_forms))
        textOfKey.insert(key(form.text), form.text);
    auto bodyOf = [&](const QString &start, int line, QString *body) -> bool {
        QStringList path{start};
        QString current = start;
        while (sameAs.contains(current)) {
            current = sameAs.value(current);
            if (path.contains(current)) {
                path.append(current);
                QStringList names;
                for (const QString &step : std::as_const(path))
                    names.append(textOfKey.value(step, step));
                fail(line, QStringLiteral("alias cycle: %1").arg(names.join(QStringLiteral(" → "))));
                return false;
            }
            path.append(current);
        }
        *body = current;
        return true;
    };
    for (const Form &form : std::as_const(table.m_forms)) {
        QString body;
        if (!bodyOf(key(form.text), form.line, &body))
            return std::nullopt;
        const QString bodyName = bodyNameByKey.value(body, form.text);
        table.m_bodyByKey.insert(key(form.text), bodyName);
        table.m_bodyByKey.insert(body, bodyName);
    }
    for (Form &form : table.m_forms)
        form.body = table.m_bodyByKey.value(key(form.body), form.body);
    for (const Form &form : std::as_const(table.m_forms)) {
        QStringList &forms = table.m_formsByBody[form.body];
        if (forms.isEmpty())
            forms.append(form.body);
        if (form.kind != predecessorKind)
            forms.append(form.text);
    }

    // Successions between bodies; following them from any body must never come back to it.
    QHash<QString, QString> successorOf;
    QHash<QString, int> lineOfSuccession;
    for (const PendingSuccession &pending : std::as_const(successions)) {
        const QString predecessor = table.m_bodyByKey.value(key(pending.predecessor));
        const QString successor = table.m_bodyByKey.value(key(pending.successor), pending.successor);
        if (predecessor == successor)
            return fail(pending.line,
                        QStringLiteral("“%1” cannot be its own body's predecessor").arg(pending.predecessor));
        if (successorOf.contains(predecessor))
            return fail(pending.line, QStringLiteral("“%1” already has a successor").arg(pending.predecessor));
        successorOf.insert(predecessor, successor);
        lineOfSuccession.insert(predecessor, pending.line);
        table.m_successions.append({predecessor, successor, pending.until});
    }
    for (auto it = successorOf.cbegin(); it != successorOf.cend(); ++it) {
        QSet<QString> seen{it.key()};
        for (QString next = it.value(); successorOf.contains(next); next = successorOf.value(next)) {
            if (seen.contains(next))
                return fail(lineOfSuccession.value(it.key()),
                            QStringLiteral("predecessor loop through “%1”").arg(it.key()));
            seen.insert(next);
        }
    }
    return table;
}

const AliasTable &AliasTable::builtIn()
{
    static const AliasTable table = []() {
        QFile file(QStringLiteral(":/report/aliases.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return AliasTable();
        // The build refused a table that does not parse, so this one does.
        return parse(file.readAll(), file.fileName(), nullptr).value_or(AliasTable());
    }();
    return table;
}

QStringList AliasTable::equalForms(QStringView form) const
{
    const auto body = m_bodyByKey.constFind(key(form));
    if (body == m_bodyByKey.constEnd())
        return {};
    return m_formsByBody.value(*body);
}

QString AliasTable::englishName(const QString &body) const
{
    for (const Form &form : m_forms) {
        if (form.body == body && form.kind == QLatin1String("english"))
            return form.text;
    }
    return QString();
}

QList<AliasTable::Succession> AliasTable::successionsNamedIn(QStringView text) const
{
    const QString folded = key(text);
    auto named = [&](const QString &body) {
        const QStringList forms = m_formsByBody.value(body, {body});
        return std::any_of(forms.cbegin(), forms.cend(),
                           [&](const QString &form) { return folded.contains(key(form)); });
    };
    QList<Succession> found;
    for (const Succession &succession : m_successions) {
        if (named(succession.predecessor) || named(succession.successor))
            found.append(succession);
    }
    return found;
}
