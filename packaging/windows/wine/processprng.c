/* A stand-in for Windows 10's bcryptprimitives.dll, for tests under Debian 12's Wine 8
 * only: that Wine lacks ProcessPrng, which Rust's standard library calls for randomness,
 * so every Rust program dies at start. Real Windows 10 and 11 have it; this file is never
 * shipped. ProcessPrng fills the buffer from RtlGenRandom (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
