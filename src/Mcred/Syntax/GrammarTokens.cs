using System.Collections.Generic;
using Sprache;

namespace Mcred.Syntax
{
    /// <summary>A value as tokens: a word or string, and for a tagged value the string after the word.</summary>
    internal readonly struct ValueTokens
    {
        public ValueTokens(Token first)
        {
            First = first;
            HasTag = false;
            TaggedString = default;
        }

        public ValueTokens(Token first, Token taggedString)
        {
            First = first;
            HasTag = true;
            TaggedString = taggedString;
        }

        public Token First { get; }

        /// <summary>True for a tagged value: <see cref="First"/> is the tag, <see cref="TaggedString"/> the string.</summary>
        public bool HasTag { get; }

        public Token TaggedString { get; }
    }

    /// <summary>A property's values: the first and the rest.</summary>
    internal readonly struct ValueListTokens
    {
        public ValueListTokens(ValueTokens first, List<ValueTokens> rest)
        {
            First = first;
            Rest = rest;
        }

        public ValueTokens First { get; }
        public List<ValueTokens> Rest { get; }
    }

    /// <summary>One property line as the grammar read it.</summary>
    internal sealed class PropertyTokens
    {
        public PropertyTokens(Token name, ValueTokens first, List<ValueTokens> rest)
        {
            Name = name;
            First = first;
            Rest = rest;
        }

        public Token Name { get; }
        public ValueTokens First { get; }
        public List<ValueTokens> Rest { get; }
    }

    /// <summary>One declaration as the grammar read it.</summary>
    internal sealed class DeclarationTokens
    {
        public DeclarationTokens(Token keyword, Token id, IOption<Token> displayName, Token open, List<PropertyTokens> body, Token close)
        {
            Open = open;
            Keyword = keyword;
            Id = id;
            DisplayName = displayName;
            Body = body;
            Close = close;
        }

        public Token Keyword { get; }
        public Token Id { get; }
        public IOption<Token> DisplayName { get; }
        public Token Open { get; }
        public List<PropertyTokens> Body { get; }
        public Token Close { get; }
    }
}
