namespace Mcred.Syntax
{
    /// <summary>What the lexer read. Words are classified whole (section 3 of the contract).</summary>
    internal enum TokenKind : byte
    {
        Identifier,
        Date,
        Duration,
        /// <summary>A notional workload: digits followed by <c>ects</c> or <c>h</c> (<c>5ects</c>, <c>120h</c>).</summary>
        Workload,
        Number,
        /// <summary>A word of no valid form (<c>3yrs</c>, <c>2026-1-5</c>): a value error, not a syntax error.</summary>
        InvalidWord,
        String,
        BlockString,
        /// <summary>A string with a lexical error (unterminated, unknown escape); matches nothing in the grammar.</summary>
        BadString,
        OpenBrace,
        CloseBrace,
        Comma,
        NewLine,
        /// <summary>A character that starts no token.</summary>
        Other,
        EndOfFile,
    }
}
