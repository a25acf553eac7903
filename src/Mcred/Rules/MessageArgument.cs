using System;
using System.Globalization;

namespace Mcred.Rules
{
    /// <summary>How rules write numbers and dates into message arguments: culture-independent, as the messages always were.</summary>
    internal static class MessageArgument
    {
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
