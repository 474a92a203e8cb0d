namespace Ita.Model;

/// <summary>The three assessment tools (เครื่องมือ) of the ITA.</summary>
public enum Tool
{
    /// <summary>IIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน: the agency's own staff (indicators 1–5).</summary>
    Iit,

    /// <summary>EIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก: service users and other outsiders (indicators 6–8).</summary>
    Eit,

    /// <summary>OIT — แบบตรวจการเปิดเผยข้อมูลสาธารณะ: assessors checking the agency website (indicators 9–10).</summary>
    Oit,
}
