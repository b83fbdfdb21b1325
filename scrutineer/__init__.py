"""scrutineer"""
