namespace Archive.Search.Syntax;

internal enum TokenKind
{
    Word,
    Phrase,
    Field,
    And,
    Or,
    Not,
    Minus,
    Open,
    Close,
}
