// Splits the mcred.server.path setting into a program and its arguments, the way a POSIX shell splits words:
// blanks separate, "double" and 'single' quotes keep blanks, and outside single quotes a backslash escapes a quote or
// a blank (any other backslash is kept, so Windows paths such as C:\Tools\mcred.exe and \\server\share survive).
// So `dotnet run --project "/My Plans/mcred/src/Mcred.Cli" --` works, and so does a bare path.

export function splitCommandLine(text: string): string[] {
    const words: string[] = [];
    let word = '';
    let inWord = false;
    let quote: '"' | "'" | undefined;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'") { quote = undefined; } else { word += c; }
        } else if (c === '\\' && i + 1 < text.length && (text[i + 1] === '"' || (quote === undefined && (text[i + 1] === "'" || /\s/.test(text[i + 1]))))) {
            word += text[++i];
            inWord = true;
        } else if (quote === '"') {
            if (c === '"') { quote = undefined; } else { word += c; }
        } else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        } else if (/\s/.test(c)) {
            if (inWord) { words.push(word); word = ''; inWord = false; }
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quote !== undefined) {
        throw new Error(`the ${quote === '"' ? 'double' : 'single'} quote it opens is never closed`);
    }
    if (inWord) { words.push(word); }
    return words;
}
