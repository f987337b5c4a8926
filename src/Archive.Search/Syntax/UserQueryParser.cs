namespace Archive.Search.Syntax;

/// <summary>
/// A small recursive-descent parser over <see cref="QueryLexer"/> tokens. It never fails: before
/// parsing, unmatched parentheses are dropped and operators without words on the sides they need
/// become ordinary words, each with a note that says so; after that every token sequence parses.
/// </summary>
/// <remarks>
/// query := and ("OR" and)* ; and := unary (["AND"] unary)* ; unary := ("NOT" | "-") unary | primary ;
/// primary := "(" query ")" | phrase | field | word. Adjacent words are joined by AND.
/// </remarks>
internal sealed class UserQueryParser
{
    private const int MaxDepth = 8;
    private readonly List<Token> _tokens;
    private int _at;

    private UserQueryParser(List<Token> tokens) => _tokens = tokens;

    public static QueryNode? Parse(string text, List<string> notes)
    {
        var tokens = QueryLexer.Tokenize(text, notes);
        tokens = BalanceParentheses(tokens, notes);
        DemoteStrayOperators(tokens, notes);
        return tokens.Count == 0 ? null : new UserQueryParser(tokens).ParseOr();
    }

    private Token? Peek => _at < _tokens.Count ? _tokens[_at] : null;

    private QueryNode ParseOr()
    {
        var children = new List<QueryNode> { ParseAnd() };
        while (Peek is { Kind: TokenKind.Or })
        {
            _at++;
            children.Add(ParseAnd());
        }
        return children.Count == 1 ? children[0] : new OrNode(children);
    }

    private QueryNode ParseAnd()
    {
        var children = new List<QueryNode>();
        while (Peek is { Kind: not (TokenKind.Close or TokenKind.Or) } token)
        {
            if (token.Kind == TokenKind.And)
            {
                _at++;
                continue;
            }
            var child = ParseUnary();
            if (child is AndNode group)
            {
                children.AddRange(group.Children);
            }
            else
            {
                children.Add(child);
            }
        }
        return children.Count == 1 ? children[0] : new AndNode(children);
    }

    private QueryNode ParseUnary()
    {
        if (Peek is { Kind: TokenKind.Not or TokenKind.Minus })
        {
            _at++;
            return new NotNode(ParseUnary());
        }
        var token = _tokens[_at++];
        switch (token.Kind)
        {
            case TokenKind.Open:
                var inner = ParseOr();
                _at++; // the matching ")", which BalanceParentheses guarantees
                return inner;
            case TokenKind.Phrase:
                return new PhraseNode(token.Text);
            case TokenKind.Field:
                return new FieldNode(token.Text, token.Value);
            default:
                return new WordNode(token.Text);
        }
    }

    /// <summary>Drops parentheses that are unmatched, empty or nested too deep, so the parser can trust the rest.</summary>
    private static List<Token> BalanceParentheses(List<Token> tokens, List<string> notes)
    {
        var keep = new bool[tokens.Count];
        var open = new Stack<int>();
        var dropped = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i].Kind)
            {
                case TokenKind.Open:
                    open.Push(i);
                    break;
                case TokenKind.Close when open.Count > 0:
                    var start = open.Pop();
                    var empty = start == i - 1;
                    keep[start] = keep[i] = !empty && open.Count < MaxDepth;
                    dropped |= !keep[i];
                    break;
                case TokenKind.Close:
                    dropped = true;
                    break;
                default:
                    keep[i] = true;
                    break;
            }
        }
        dropped |= open.Count > 0;
        if (dropped)
        {
            notes.Add("Some parentheses did not pair up, so they were left out.");
        }
        return [.. tokens.Where((_, i) => keep[i])];
    }

    /// <summary>AND and OR need words on both sides and NOT (or -) one after it; otherwise they are searched as words.</summary>
    private static void DemoteStrayOperators(List<Token> tokens, List<string> notes)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (kind is not (TokenKind.And or TokenKind.Or or TokenKind.Not or TokenKind.Minus))
            {
                continue;
            }
            var before = i > 0 && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Phrase or TokenKind.Field or TokenKind.Close;
            var after = i + 1 < tokens.Count && tokens[i + 1].Kind is TokenKind.Word or TokenKind.Phrase or TokenKind.Field or TokenKind.Open or TokenKind.Not or TokenKind.Minus;
            if (after && (before || kind is TokenKind.Not or TokenKind.Minus))
            {
                continue;
            }
            tokens[i] = new Token(TokenKind.Word, tokens[i].Text);
            if (kind == TokenKind.Minus)
            {
                continue; // a lone "-" is no word at all
            }
            notes.Add(kind == TokenKind.Not
                ? "NOT needs a word after it, so it was searched as a word."
                : $"{tokens[i].Text} needs words on both sides, so it was searched as a word.");
        }
    }
}
