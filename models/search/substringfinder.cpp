#include "substringfinder.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) || defined(__SSE2__)
#include <immintrin.h>
#endif

namespace {

// The start of the first candidate in block, whose bit is set in mask, that the whole needle
// confirms.
const char *confirmed(const char *block, unsigned mask, const char *needle, qsizetype length)
{
    for (; mask != 0; mask &= mask - 1) {
        const char *start = block + qCountTrailingZeroBits(mask);
        if (std::memcmp(start, needle, size_t(length)) == 0)
            return start;
    }
    return nullptr;
}

// Both scans below test the candidate starts [candidate, lastCandidate] a whole vector of them
// at a time, and need at least one vector's worth. The last vector is moved back to end exactly
// at lastCandidate, so no candidate is left to a byte-by-byte loop; the starts it would test
// again are masked off.
#if defined(__GNUC__) && defined(__x86_64__)
#define SUBSTRINGFINDER_AVX2
// Bit i is set when block[i] could start the needle.
__attribute__((target("avx2"))) inline unsigned probeAvx2(const char *block, __m256i firsts, __m256i lasts,
                                                          qsizetype firstProbe, qsizetype lastProbe)
{
    const __m256i atFirst = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(block + firstProbe));
    const __m256i atLast = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(block + lastProbe));
    return unsigned(
        _mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(atFirst, firsts), _mm256_cmpeq_epi8(atLast, lasts))));
}

__attribute__((target("avx2"))) const char *findAvx2(const char *candidate, const char *lastCandidate,
                                                     const char *needle, qsizetype length, qsizetype firstProbe)
{
    const __m256i firsts = _mm256_set1_epi8(needle[firstProbe]);
    const __m256i lasts = _mm256_set1_epi8(needle[length - 1]);
    const char *lastBlock = lastCandidate - 31;
    const char *block = candidate;
    for (; block < lastBlock; block += 32) {
        if (const unsigned mask = probeAvx2(block, firsts, lasts, firstProbe, length - 1)) {
            if (const char *hit = confirmed(block, mask, needle, length))
                return hit;
        }
    }
    const unsigned mask = probeAvx2(lastBlock, firsts, lasts, firstProbe, length - 1) & (~0u << (block - lastBlock));
    return confirmed(lastBlock, mask, needle, length);
}
#endif

#ifdef __SSE2__
const char *findSse2(const char *candidate, const char *lastCandidate, const char *needle, qsizetype length,
                     qsizetype firstProbe)
{
    const __m128i firsts = _mm_set1_epi8(needle[firstProbe]);
    const __m128i lasts = _mm_set1_epi8(needle[length - 1]);
    auto probe = [&](const char *block) {
        const __m128i atFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + firstProbe));
        const __m128i atLast = _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + length - 1));
        return unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(atFirst, firsts), _mm_cmpeq_epi8(atLast, lasts))));
    };
    const char *lastBlock = lastCandidate - 15;
    const char *block = candidate;
    for (; block < lastBlock; block += 16) {
        if (const unsigned mask = probe(block)) {
            if (const char *hit = confirmed(block, mask, needle, length))
                return hit;
        }
    }
    return confirmed(lastBlock, probe(lastBlock) & (~0u << (block - lastBlock)), needle, length);
}
#endif

} // namespace

SubstringFinder::SubstringFinder(QByteArrayView needle, bool wholeWord)
    : m_needle(needle.toByteArray())
    , m_ascii(std::all_of(needle.begin(), needle.end(), [](char c) { return uchar(c) < 0x80; }))
    , m_wholeWord(wholeWord)
{
    if (m_needle.size() >= 3 && uchar(m_needle.at(0)) >= 0xC0)
        m_firstProbe = 1;
#ifdef SUBSTRINGFINDER_AVX2
    m_avx2 = __builtin_cpu_supports("avx2");
#endif
}

const char *SubstringFinder::find(const char *begin, const char *end) const
{
    if (!m_wholeWord)
        return findAnywhere(begin, end);
    const auto isWordByte
        = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    for (const char *from = begin; from < end; ++from) {
        const char *hit = findAnywhere(from, end);
        if (!hit)
            return nullptr;
        const char *after = hit + m_needle.size();
        if ((hit == begin || !isWordByte(hit[-1])) && (after == end || !isWordByte(*after)))
            return hit;
        from = hit;
    }
    return nullptr;
}

const char *SubstringFinder::findAnywhere(const char *begin, const char *end) const
{
    const qsizetype length = m_needle.size();
    if (length == 0)
        return begin;
    if (end - begin < length)
        return nullptr;
    const char *needle = m_needle.constData();
    if (length == 1)
        return static_cast<const char *>(std::memchr(begin, needle[0], size_t(end - begin)));

    // Candidates are the positions of the needle's start; the last one leaves room for it.
    const char *candidate = begin;
    const char *lastCandidate = end - length;
#ifdef SUBSTRINGFINDER_AVX2
    if (m_avx2 && lastCandidate - candidate >= 31)
        return findAvx2(candidate, lastCandidate, needle, length, m_firstProbe);
#endif
#ifdef __SSE2__
    if (lastCandidate - candidate >= 15)
        return findSse2(candidate, lastCandidate, needle, length, m_firstProbe);
#endif
    const char firstByte = needle[m_firstProbe];
    const char lastByte = needle[length - 1];
    for (; candidate <= lastCandidate; ++candidate) {
        if (candidate[m_firstProbe] == firstByte && candidate[length - 1] == lastByte
            && std::memcmp(candidate, needle, size_t(length)) == 0) {
            return candidate;
        }
    }
    return nullptr;
}
