// report-icon-tool: renders the app's SVG icon into the files each platform installs.
// The build uses Qt Svg, the same renderer the running app uses for its window icon, so the
// build needs no extra tool on any platform.
//
//   report-icon-tool ICON.svg OUT.png SIZE   a square PNG of SIZE pixels (freedesktop hicolor)
//   report-icon-tool ICON.svg OUT.ico        a Windows icon with PNG entries
//   report-icon-tool ICON.svg OUT.icns       a macOS icon with PNG entries

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <iterator>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template<typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
void appendBigEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICO: a directory of entries, each pointing at a whole PNG file (supported since Windows Vista).
QByteArray icoFile(QSvgRenderer &renderer)
{
    const int sizes[] = {16, 24, 32, 48, 64, 128, 256};
    const quint16 count = std::size(sizes);
    QByteArray header;
    appendLittleEndian<quint16>(header, 0); // reserved
    appendLittleEndian<quint16>(header, 1); // type: icon
    appendLittleEndian<quint16>(header, count);

    QByteArray images;
    quint32 offset = 6 + 16 * count;
    for (const int size : sizes) {
        const QByteArray png = renderPng(renderer, size);
        header.append(char(size % 256)); // width, 0 meaning 256
        header.append(char(size % 256)); // height
        header.append(char(0)); // no palette
        header.append(char(0)); // reserved
        appendLittleEndian<quint16>(header, 1); // colour planes
        appendLittleEndian<quint16>(header, 32); // bits per pixel
        appendLittleEndian<quint32>(header, png.size());
        appendLittleEndian<quint32>(header, offset);
        offset += png.size();
        images += png;
    }
    return header + images;
}

// ICNS: typed chunks, each holding a PNG; the types name the size and pixel density.
QByteArray icnsFile(QSvgRenderer &renderer)
{
    const std::pair<const char *, int> chunks[] = {
        {"icp4", 16},  {"ic11", 32},  {"icp5", 32},  {"ic12", 64},  {"ic07", 128},
        {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024},
    };
    QByteArray body;
    for (const auto &[type, size] : chunks) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        appendBigEndian<quint32>(body, 8 + png.size());
        body += png;
    }
    QByteArray file("icns");
    appendBigEndian<quint32>(file, 8 + body.size());
    return file + body;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "report-icon-tool: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3)
        return fail(QStringLiteral("usage: report-icon-tool ICON.svg OUT.png SIZE | OUT.ico | OUT.icns"));
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read the SVG icon %1").arg(input));

    QByteArray data;
    if (output.endsWith(QLatin1String(".png")) && argc == 4) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[3]).toInt(&ok);
        if (!ok || size <= 0)
            return fail(QStringLiteral("invalid size %1").arg(QString::fromLocal8Bit(argv[3])));
        data = renderPng(renderer, size);
    } else if (output.endsWith(QLatin1String(".ico")) && argc == 3) {
        data = icoFile(renderer);
    } else if (output.endsWith(QLatin1String(".icns")) && argc == 3) {
        data = icnsFile(renderer);
    } else {
        return fail(QStringLiteral("usage: report-icon-tool ICON.svg OUT.png SIZE | OUT.ico | OUT.icns"));
    }

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    return 0;
}
