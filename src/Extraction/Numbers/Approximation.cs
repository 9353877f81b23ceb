namespace WorkTeam.Extraction.Numbers;

/// <summary>How an amount relates to the number written (<c>approx</c> field).</summary>
public enum Approximation
{
    /// <summary>The amount is exactly the number written (field absent).</summary>
    Exact,
    /// <summary>More than the number: 余, 多, 以上, 超过, 逾, 突破, 过, 至少.</summary>
    Over,
    /// <summary>Less than the number: 近, 不足, 不到, 以下, 将近, 几乎.</summary>
    Under,
    /// <summary>Around the number: 约, 左右, 大约, 上下.</summary>
    About,
}
