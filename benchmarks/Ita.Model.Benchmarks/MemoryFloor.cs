using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Ita.Model.Batch;

namespace Ita.Model.Benchmarks;

/// <summary>Baseline (b): one sequential pass that only sums the answer bytes of the columnar year (the memory-bandwidth
/// floor of any computation over them), vectorised.</summary>
public static class MemoryFloor
{
    public static long Sum(YearData year)
    {
        long sum = 0;
        foreach (var chunk in year.Iit.Chunks)
        {
            sum += Sum(chunk);
        }

        foreach (var chunk in year.Eit.Chunks)
        {
            sum += Sum(chunk);
        }

        return sum + Sum(year.Oit);
    }

    public static long Sum(ReadOnlySpan<byte> bytes)
    {
        long sum = 0;
        var i = 0;
        if (Avx2.IsSupported)
        {
            ref var start = ref MemoryMarshal.GetReference(bytes);
            var acc = Vector256<ulong>.Zero;
            for (; i + 32 <= bytes.Length; i += 32)
            {
                acc += Avx2.SumAbsoluteDifferences(Vector256.LoadUnsafe(ref start, (nuint)i), Vector256<byte>.Zero).AsUInt64();
            }

            sum = (long)Vector256.Sum(acc);
        }

        for (; i < bytes.Length; i++)
        {
            sum += bytes[i];
        }

        return sum;
    }
}
