using System.Globalization;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>The status of a measure at a reporting round, as seed 002 reports it (สถานะการดำเนินการ).</summary>
/// <remarks>The values are ordered: a move to a lower value is a step back, which needs a reopen reason.</remarks>
public enum MeasureStatus
{
    /// <summary>ยังไม่ดำเนินการ — not started.</summary>
    NotStarted,

    /// <summary>อยู่ระหว่างดำเนินการ — in progress.</summary>
    InProgress,

    /// <summary>ดำเนินการเสร็จเรียบร้อยแล้ว — completed.</summary>
    Completed,
}
