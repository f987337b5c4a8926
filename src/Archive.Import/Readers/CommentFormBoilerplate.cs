using System.Text.RegularExpressions;

namespace Archive.Import.Readers;

/// <summary>
/// The share buttons and comment form that blogs (WordPress above all) put after a copied post.
/// Rule names appear in the import log and in docs/import-rules.md.
/// </summary>
public static partial class CommentFormBoilerplate
{
    /// <summary>Lines that open the blog's own matter after the post; everything from here on is the blog's.</summary>
    [GeneratedRegex(@"^(Leave a comment|Leave a Reply|Share this:|Like this:|\d+ (comments?|responses?)( to .*)?|No comments yet\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>Lines known to be part of that matter.</summary>
    [GeneratedRegex(@"^(Leave a comment|Leave a Reply|No comments yet\.?|Comments RSS.*|Fill in your details below.*|You are commenting using your .*|.*(photo|picture)|Connecting to %s|Cancel|Post to|Share this:|Like this:|Like Loading\.*|Related|Loading\.*|Notify me of .*|Post was not sent.*|Email check failed.*|Sorry, your blog cannot share posts by email\.?|Email \(required\).*|Name \(required\).*|Website|Tweet|Twitter|Facebook|Email|Print|Reddit|LinkedIn|Tumblr|Pinterest|Pocket|WhatsApp|Telegram|Skype|More|Press This|\d+ (comments?|responses?).*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Known();

    /// <summary>The index of the first block of the blog's matter, or -1.</summary>
    public static int FindStart(IReadOnlyList<TextBlock> blocks, int from)
    {
        for (var i = from; i < blocks.Count; i++)
        {
            if (blocks[i].Lines.Count == 1 && Opening().IsMatch(blocks[i].Text))
            {
                return i;
            }
        }
        return -1;
    }

    public static bool IsKnown(TextBlock block) => block.Lines.All(l => Known().IsMatch(Readers.TextCleaner.Clean(l)));
}
