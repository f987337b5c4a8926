using System.Text.RegularExpressions;

namespace Archive.Import.Readers;

/// <summary>
/// The share buttons and comment form that blogs (WordPress above all) put after a copied post.
/// Rule names appear in the import log and in docs/import-rules.md.
/// </summary>
public static partial class CommentFormBoilerplate
{
    /// <summary>Lines that open the blog's own matter after the post; everything from here on is the blog's.</summary>
    [GeneratedRegex(@"^(Leave a comment|Leave a Reply|Share this:?|Share:|Like this:|Rate this:|Related|\d+ (comments?|responses?)( to .*)?|(\d+|One|Two|Three) thoughts? on .*|No comments yet\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>Lines known to be part of that matter.</summary>
    [GeneratedRegex(@"^(Leave a comment|Leave a Reply( to .*)?( Cancel reply)?|Cancel reply|Enter your comment here\.*|Reply|Log in to Reply|No comments yet\.?|Comments RSS.*|Fill in your details below.*|You are commenting using your .*|.*(photo|picture)|Connecting to %s|Cancel|Post to|Share this:?|Share:|Share|Like this:|Like|Liked by \d+ (person|people)|Be the first to like this\.?|Like Loading\.*|Rate this:|\d+ Votes?|Related|Loading\.*|Notify me of .*|Post was not sent.*|Email check failed.*|Sorry, your blog cannot share posts by email\.?|Email \(required\).*|Name \(required\).*|Website|Tweet|Twitter|Facebook|Email|Print|Reddit|LinkedIn|Tumblr|Pinterest|Pocket|WhatsApp|Telegram|Skype|More|Press This|Click to (share|email|print) .*|\(Opens in new window\)|Posted in .*|Tagged .*|This entry was posted in .*|Bookmark the permalink\.?|Advertisements|Report this ad|About these ads|Subscribe|\d+ (comments?|responses?).*|(\d+|One|Two|Three) thoughts? on .*)$", RegexOptions.IgnoreCase)]
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
