// Prints every skipped test of the TRX files under a folder, with the reason its Skip gave: a CI log that says
// "3 skipped" but not why hides a machine that lacks what the tests need.
using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

var folder = args.Length > 0 ? args[0] : ".";
if (!Directory.Exists(folder))
{
    Console.WriteLine("0 tests skipped (no test results under " + folder + ")");
    return;
}

XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
var skipped = Directory.EnumerateFiles(folder, "*.trx", SearchOption.AllDirectories)
    .SelectMany(file => XDocument.Load(file).Descendants(ns + "UnitTestResult"))
    .Where(result => (string?)result.Attribute("outcome") == "NotExecuted")
    .Select(result => (Name: (string?)result.Attribute("testName") ?? "?",
        Reason: result.Descendants(ns + "Message").Select(m => m.Value.Trim()).FirstOrDefault(m => m.Length > 0)
            ?? result.Descendants(ns + "StdOut").Select(m => m.Value.Trim()).FirstOrDefault() ?? "no reason given"))
    .OrderBy(test => test.Name, StringComparer.Ordinal)
    .ToList();
foreach (var (name, reason) in skipped)
{
    Console.WriteLine($"skipped: {name}: {reason}");
}

Console.WriteLine($"{skipped.Count} tests skipped");
