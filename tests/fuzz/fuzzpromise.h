#pragma once

#include <cstdio>
#include <cstdlib>

// A broken promise is a finding like a crash: abort so that libFuzzer keeps the input.
inline void requirePromise(bool kept, const char *promise)
{
    if (kept)
        return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}
