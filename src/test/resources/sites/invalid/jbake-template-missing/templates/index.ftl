<h1>Blog</h1>
