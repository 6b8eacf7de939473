namespace ArticleBot.Core.Answering;

/// <summary>Words that shape a question but are not what it is about ("what", "does", "tell me").</summary>
internal static class QuestionWords
{
    public static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "what", "who", "whom", "whose", "when", "where", "why", "how", "which", "whats", "hw", "wat",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing",
        "has", "have", "had", "having", "can", "could", "would", "should", "will", "shall", "may", "might", "must",
        "i", "me", "my", "you", "your", "we", "us", "our", "they", "them", "their", "it", "its", "this", "that",
        "these", "those", "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about",
        "as", "into", "than", "then", "so", "and", "or", "but", "if", "because", "although", "though", "unless", "whereas", "there", "he", "she", "his", "her", "him",
        "tell", "say", "said", "says", "saying", "know", "explain", "describe", "article", "articles", "text",
        "please", "any", "some", "much", "many", "more", "most", "get", "got", "gets", "make", "makes", "made",
        "go", "goes", "went", "like", "also", "just", "really", "very", "kind", "sort", "thing", "things", "way",
        "according", "mention", "mentioned", "mentions", "talk", "talks", "talked", "think", "thinks", "s", "t",
        "don", "doesn", "didn", "isn", "aren", "wasn", "let", "lets", "give", "show", "find", "quote", "quotes",
        "anything", "something", "someone", "somebody", "everything", "nothing", "everybody", "nobody", "all", "only", "even", "still", "here", "other", "others", "another", "else", "own",
        "hey", "hi", "hello", "heard", "hear", "bot", "thanks", "thank", "ok", "okay", "yes", "no", "not",
        "ever", "whether", "actually", "basically", "literally", "right", "now", "doesnt", "dont", "didnt", "isnt",
        "arent", "wasnt", "im", "ive", "youre", "thats", "whats", "wont", "cant", "couldnt", "wouldnt", "shouldnt",
        "up", "down", "out", "off", "over", "during", "across", "through", "via", "per", "among", "upon", "within", "toward", "towards", "onto", "there's", "it's", "i'm", "you're", "that's", "what's", "who's",
        "wanna", "gonna", "u", "ur", "pls", "plz", "guys", "someone", "everyone", "anyone", "people's",
    };
}
