using Microsoft.Data.Sqlite;
using WorkTeam.Topics;

namespace WorkTeam.Cli;

/// <summary>
/// <c>workteam topics --db FILE</c>: the tables <c>topics</c> (topic, rank, word, weight) and
/// <c>document_topics</c> (doc, topic, share) in a WorkTeam database, new or existing. Only these two
/// tables are dropped and written, in one transaction: the facts and documents of <c>extract --db</c>
/// stay as they were, and a failure leaves the file as it was.
/// </summary>
internal static class TopicStore
{
    private const string Schema = """
        DROP TABLE IF EXISTS document_topics;
        DROP TABLE IF EXISTS topics;
        CREATE TABLE topics (topic INTEGER NOT NULL, rank INTEGER NOT NULL, word TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (topic, rank));
        CREATE TABLE document_topics (doc TEXT NOT NULL, topic INTEGER NOT NULL, share REAL NOT NULL);
        CREATE INDEX document_topics_doc ON document_topics(doc);
        CREATE INDEX document_topics_topic ON document_topics(topic, share);
        """;

    public static void Write(string path, TopicModel model, IReadOnlyList<string> docs, IReadOnlyList<float[]> mixes)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var schema = connection.CreateCommand())
        {
            schema.CommandText = Schema;
            schema.ExecuteNonQuery();
        }
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO topics (topic, rank, word, weight) VALUES ($topic, $rank, $word, $weight)";
            var topic = insert.Parameters.Add("$topic", SqliteType.Integer);
            var rank = insert.Parameters.Add("$rank", SqliteType.Integer);
            var word = insert.Parameters.Add("$word", SqliteType.Text);
            var weight = insert.Parameters.Add("$weight", SqliteType.Real);
            foreach (var t in model.Topics)
            {
                for (int r = 0; r < t.Words.Count; r++)
                {
                    topic.Value = t.Index;
                    rank.Value = r + 1;
                    word.Value = t.Words[r];
                    weight.Value = (double)t.Weights[r];
                    insert.ExecuteNonQuery();
                }
            }
        }
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO document_topics (doc, topic, share) VALUES ($doc, $topic, $share)";
            var doc = insert.Parameters.Add("$doc", SqliteType.Text);
            var topic = insert.Parameters.Add("$topic", SqliteType.Integer);
            var share = insert.Parameters.Add("$share", SqliteType.Real);
            for (int i = 0; i < docs.Count; i++)
            {
                for (int t = 0; t < mixes[i].Length; t++)
                {
                    doc.Value = docs[i];
                    topic.Value = t;
                    share.Value = (double)mixes[i][t];
                    insert.ExecuteNonQuery();
                }
            }
        }
        transaction.Commit();
    }
}
